/**
 * Keeps an unfinished sign-up form in this browser so a reload, a crash or a
 * dropped connection never costs the supporter what they typed.
 *
 * Privacy, on purpose:
 * - The draft lives only in this browser's `localStorage` (under this page's
 *   origin). It is never sent anywhere and no one else can read it.
 * - The consent tick is never stored: consent is given afresh each time.
 * - It is keyed by session id and removed as soon as the sign-up succeeds,
 *   when the supporter presses "Clear the form", and it expires on its own
 *   after {@link DRAFT_TTL_MS} or once the session has started, so a shared
 *   computer does not keep someone's details for long.
 * - Storage may be unavailable (private windows, sandboxed iframes, quota):
 *   every call fails quietly and the form simply works without drafts.
 */

/** What we keep: the fields exactly as typed. */
export interface CanvassDraft {
  name: string;
  email: string;
  phone: string;
  languages: string[];
  otherLanguages: string;
  firstTime: boolean;
}

interface StoredDraft {
  v: 1;
  savedAt: number;
  /** ISO start of the session; past sessions' drafts are useless and dropped. */
  startsAt: string;
  values: CanvassDraft;
}

const PREFIX = 'solidarity-widgets:canvass-draft:';
/** Three days: enough to come back to a form, short enough for shared computers. */
export const DRAFT_TTL_MS = 3 * 24 * 60 * 60 * 1000;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access itself can throw (blocked third-party storage)
  }
}

export function emptyDraft(): CanvassDraft {
  return { name: '', email: '', phone: '', languages: [], otherLanguages: '', firstTime: false };
}

export function isBlank(d: CanvassDraft): boolean {
  return !d.name && !d.email && !d.phone && d.languages.length === 0 && !d.otherLanguages && !d.firstTime;
}

export function saveDraft(sessionId: string, startsAt: string, values: CanvassDraft): void {
  const s = storage();
  if (!s) return;
  try {
    if (isBlank(values)) {
      s.removeItem(PREFIX + sessionId);
      return;
    }
    const stored: StoredDraft = { v: 1, savedAt: Date.now(), startsAt, values };
    s.setItem(PREFIX + sessionId, JSON.stringify(stored));
  } catch {
    // quota or blocked: the in-memory form still holds everything
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 500) : '');

export function loadDraft(sessionId: string, now = Date.now()): CanvassDraft | null {
  const s = storage();
  if (!s) return null;
  try {
    const raw = s.getItem(PREFIX + sessionId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft> | null;
    const values = parsed?.values as Partial<CanvassDraft> | undefined;
    const started = Date.parse(str(parsed?.startsAt));
    if (
      !parsed || parsed.v !== 1 || !values ||
      typeof parsed.savedAt !== 'number' || now - parsed.savedAt > DRAFT_TTL_MS ||
      (!Number.isNaN(started) && started < now)
    ) {
      s.removeItem(PREFIX + sessionId);
      return null;
    }
    // Read defensively: anything on the page could have written this key.
    return {
      name: str(values.name),
      email: str(values.email),
      phone: str(values.phone),
      languages: Array.isArray(values.languages) ? values.languages.filter((l): l is string => typeof l === 'string').slice(0, 40) : [],
      otherLanguages: str(values.otherLanguages),
      firstTime: values.firstTime === true,
    };
  } catch {
    return null;
  }
}

export function hasDraft(sessionId: string): boolean {
  return loadDraft(sessionId) !== null;
}

export function clearDraft(sessionId: string): void {
  try {
    storage()?.removeItem(PREFIX + sessionId);
  } catch {
    // nothing to do
  }
}
