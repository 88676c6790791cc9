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

export interface StoredDraft {
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


/**
 * The usable draft saved for the session, or null (an expired, started or foreign one is removed). Its values are
 * as stored: anything on the page could have written them, so the form's chunk reads them defensively (draft-restore.ts).
 */
export function readDraft(sessionId: string, now = Date.now()): StoredDraft | null {
  const s = storage();
  if (!s) return null;
  try {
    const raw = s.getItem(PREFIX + sessionId);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft> | null;
    // Ours (v1), saved within DRAFT_TTL_MS, for a session not yet started.
    const started = Date.parse(typeof parsed?.startsAt === 'string' ? parsed.startsAt : '');
    if (parsed?.v === 1 && parsed.values && typeof parsed.savedAt === 'number' && now - parsed.savedAt <= DRAFT_TTL_MS && !(started < now)) {
      return parsed as StoredDraft;
    }
    s.removeItem(PREFIX + sessionId);
  } catch {
    // unreadable: treated as no draft
  }
  return null;
}



export function clearDraft(sessionId: string): void {
  try {
    storage()?.removeItem(PREFIX + sessionId);
  } catch {
    // nothing to do
  }
}
