import * as z from 'zod/mini';
import { ConstituencyCode, Email, PartnerSlug, Uuid } from './common.js';

/**
 * Pledge to vote (issue 15, `<pledge-to-vote>`, docs/pledges.md). A supporter pledges to vote in the partner's
 * election, or to register first; with an email and consent, they get reminders before the registration deadline,
 * a few days before polling day and on the day. Only counts are ever shown to anyone else.
 */

/**
 * The kinds of UK election, as `@solidarity-widgets/rules` names them (`ElectionKind`, `ELECTION_KINDS`); written
 * out here because the contract depends on nothing but zod. The server's tests check that the two lists agree.
 */
export const ElectionKind = z.enum(['general', 'local', 'senedd', 'scottish_parliament', 'ni_assembly', 'mayoral', 'pcc']);
export type ElectionKind = z.infer<typeof ElectionKind>;

/** The 21 languages of the widgets and the emails (the same list as the console's). */
export const PledgeLanguage = z.enum(['en', 'cy', 'pl', 'ro', 'pt', 'es', 'it', 'fr', 'de', 'bg', 'lt', 'el', 'tr', 'so', 'ar', 'ur', 'bn', 'pa', 'gu', 'ta', 'zh-Hans']);
export type PledgeLanguage = z.infer<typeof PledgeLanguage>;

/** `vote`: already registered; `register-and-vote`: will register first (gets the registration-deadline reminder). */
export const PledgeIntent = z.enum(['vote', 'register-and-vote']);
export type PledgeIntent = z.infer<typeof PledgeIntent>;

/** A calendar date, `YYYY-MM-DD` (a real one: 2026-02-30 is refused). */
export const PledgeDate = z.iso.date();

/** The election the partner campaigns for: its kind and polling day (UK dates). */
export const PledgeElection = z.object({ type: ElectionKind, date: PledgeDate });
export type PledgeElection = z.infer<typeof PledgeElection>;

export const PledgeRequest = z
  .object({
    partner: PartnerSlug,
    constituencyCode: ConstituencyCode,
    intent: PledgeIntent,
    election: PledgeElection,
    /** Optional: without it the pledge is only counted. With it, the same person pledges once per seat and election. */
    email: z.optional(Email),
    /** Consent to reminder emails: `true` only with an `email` (otherwise `email` is `required`). */
    reminders: z.boolean(),
    /** The language the widget was shown in: reminders and the unsubscribe page are written in it. */
    language: z.optional(PledgeLanguage),
    /** Honeypot: people never see or fill this field. */
    website: z.optional(z.string().check(z.maxLength(200))),
  })
  .check(
    z.check((ctx) => {
      if (ctx.value.reminders && ctx.value.email === undefined) {
        // Reported as a missing email (the same field error as any required field left empty).
        ctx.issues.push({ code: 'invalid_type', expected: 'string', input: undefined, path: ['email'], message: 'Reminders need an email address.' });
      }
    }),
  );
export type PledgeRequest = z.input<typeof PledgeRequest>;

/** Which reminder: before the registration deadline (only for `register-and-vote`), polling day − 3, polling day. */
export const PledgeReminderKind = z.enum(['registration-deadline', 'days-before', 'polling-day']);
export type PledgeReminderKind = z.infer<typeof PledgeReminderKind>;

export const PledgeReminderDate = z.object({ kind: PledgeReminderKind, date: PledgeDate });
export type PledgeReminderDate = z.infer<typeof PledgeReminderDate>;

const Count = z.number().check(z.int(), z.gte(0));

export const PledgeReceipt = z.object({
  pledge: z.object({
    id: Uuid,
    constituencyCode: ConstituencyCode,
    intent: PledgeIntent,
    election: PledgeElection,
    reminders: z.boolean(),
    /** The days reminders will be sent (UK dates, today or later), soonest first; empty without reminders. */
    reminderDates: z.array(PledgeReminderDate),
    /**
     * A page that stops the reminders in one click (also in every reminder): only when reminders were asked for, and
     * only in the answer to the request that made the pledge (an `alreadyPledged` answer has none).
     */
    stopUrl: z.optional(z.string()),
  }),
  /** Pledges for this constituency (every partner's), this one included. */
  count: Count,
  /** Present (true) when this email had already pledged for this seat and election: nothing new was stored or sent. */
  alreadyPledged: z.optional(z.literal(true)),
});
export type PledgeReceipt = z.infer<typeof PledgeReceipt>;

export const PledgeCountQuery = z.object({ constituency: ConstituencyCode, partner: z.optional(PartnerSlug) });

export const PledgeCount = z.object({
  constituencyCode: ConstituencyCode,
  /** The partner counted, or `null`: every partner's pledges. */
  partner: z.nullable(PartnerSlug),
  count: Count,
});
export type PledgeCount = z.infer<typeof PledgeCount>;
