import type { CanvassSession, Constituency, ModerationQueueItem, PostcodeLookup } from '@solidarity-widgets/contract';
import type { AuditEntry, ElectionKind, Introduction, LocalContact, Organiser } from '@solidarity-widgets/contract';
import { fixtures } from './fixtures.js';

/** A sign-up as the mock stores it (more than the receipt shows, as a real store would). */
export interface MockSignup {
  id: string;
  sessionId: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  createdAt: string;
  name: string;
  email: string;
  phone: string | null;
  languages: string[];
  firstTime: boolean;
  consentVersion: string;
  partner: string | null;
  /** The organiser's attendance mark (absent: not marked). */
  attended?: boolean | null;
}

/** A message as the mock stores it: the moderation view plus the sender's (never public) email. */
export interface MockMessage extends ModerationQueueItem {
  email: string | null;
  /** When it was rejected (the server purges rejected messages 30 days later). */
  rejectedAt?: string | null;
}

/** An introduction as the mock stores it: the organisers' view plus when its listing was approved. */
export interface MockIntroduction extends Introduction {
  listedAt: string | null;
}

/** A pledge to vote as the mock stores it (the real server keeps the same, and erases it 30 days after polling day). */
export interface MockPledge {
  id: string;
  partner: string;
  constituencyCode: string;
  intent: 'vote' | 'register-and-vote';
  election: { type: ElectionKind; date: string };
  email: string | null;
  reminders: boolean;
  language: string;
  createdAt: string;
}

/** One request the mock answered, for tests to assert on (header names are lower case). */
export interface MockRequestRecord {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The mock's whole world, in plain mutable objects. Create one per test with
 * {@link mockState}, pass it to `createMockHandlers({ state })`, then read
 * (or change) it to arrange and assert.
 */
export interface MockState {
  constituencies: Constituency[];
  postcodes: Record<string, PostcodeLookup>;
  sessions: CanvassSession[];
  signups: MockSignup[];
  messages: MockMessage[];
  /** Public local contacts, one per constituency at most. */
  localContacts: LocalContact[];
  /** Organisations' introduction requests (and their directory listings). */
  introductions: MockIntroduction[];
  /** Pledges to vote (none in the fixtures). */
  pledges: MockPledge[];
  /** Bearer tokens accepted by the admin routes. */
  adminTokens: Set<string>;
  /** People who can sign in to the console (the fixtures have one admin, `admin@example.org`). */
  organisers: Organiser[];
  /** Sign-in link tokens "emailed" and not yet used, each to its organiser's id: read one to open a session. */
  signInTokens: Map<string, string>;
  /** Console sessions: the `sw_console` cookie's value → its organiser and CSRF token. */
  consoleSessions: Map<string, { organiserId: string; csrfToken: string }>;
  /** What the admin routes did, newest first. */
  auditLog: AuditEntry[];
  /** Stored answers to writes, keyed by `<route> <Idempotency-Key>`. */
  idempotency: Map<string, { fingerprint: string; status: number; body: unknown }>;
  /** Every request the handlers answered, oldest first. */
  requests: MockRequestRecord[];
  /** The clock used for new records. Replace it to make timestamps predictable. */
  now: () => Date;
  /** How new ids are made. Defaults to `crypto.randomUUID`. */
  newId: () => string;
}

/** Options for {@link mockState}. */
export interface MockStateOptions {
  /** Fixed clock for `createdAt` / `publishedAt` of new records. */
  now?: () => Date;
  /** Id factory for new records. */
  newId?: () => string;
}

/**
 * A fresh, independent copy of the {@link fixtures}: change it freely.
 *
 * @example
 * const state = mockState();
 * server.use(...createMockHandlers({ state }));
 * await api.signUpToCanvass({ ... });
 * expect(state.signups).toHaveLength(2);
 */
export function mockState(options: MockStateOptions = {}): MockState {
  return {
    constituencies: structuredClone([...fixtures.constituencies]),
    postcodes: structuredClone({ ...fixtures.postcodes }),
    sessions: structuredClone([...fixtures.canvassSessions]),
    signups: structuredClone([...fixtures.canvassSignups]),
    messages: structuredClone([...fixtures.solidarityMessages]),
    localContacts: structuredClone([...fixtures.localContacts]),
    introductions: structuredClone([...fixtures.introductions]),
    pledges: [],
    adminTokens: new Set([fixtures.adminToken]),
    organisers: structuredClone([...fixtures.organisers]),
    signInTokens: new Map(),
    consoleSessions: new Map(),
    auditLog: [],
    idempotency: new Map(),
    requests: [],
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
  };
}

/**
 * Approves a pending message as a moderator would, so it appears on walls.
 * Returns the updated message; throws if there is no message with that id.
 */
export function approveMessage(state: MockState, id: string): MockMessage {
  const m = state.messages.find((x) => x.id === id);
  if (!m) throw new Error(`No mock message with id ${id}`);
  m.status = 'approved';
  m.publishedAt = state.now().toISOString();
  m.rejectionReason = null;
  return m;
}
