import * as z from 'zod/mini';

/**
 * Stable, machine-readable error codes. Clients branch on these, never on
 * messages; codes are only ever added within v1, never renamed.
 */
export const ErrorCode = z.enum([
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'postcode_invalid',
  'postcode_not_found',
  'postcode_outside_constituencies',
  'constituency_not_found',
  'session_not_found',
  'session_not_open',
  'signup_not_found',
  'message_not_found',
  'duplicate_message',
  'capacity_below_confirmed',
  'local_contact_not_found',
  'introduction_not_found',
  'listing_not_requested',
  'party_change_not_found',
  'organiser_not_found',
  'organiser_exists',
  'sign_in_link_invalid',
  'csrf_failed',
  'party_unknown',
  'election_passed',
  'election_not_held_here',
  'idempotency_conflict',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'internal_error',
  'service_unavailable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** Why one field was refused; widgets turn `code` into a localised sentence. */
export const FieldErrorCode = z.enum(['required', 'too_short', 'too_long', 'invalid_format', 'invalid_value', 'must_accept']);
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;

export const FieldError = z.object({
  field: z.string(),
  code: FieldErrorCode,
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** For `validation_failed`: `{ fields: FieldError[] }`; other codes may carry hints. */
    details: z.optional(z.unknown()),
    /** The `X-Request-Id` of the response: quote it when reporting a problem; the server's log line carries the same id. */
    requestId: z.optional(z.string()),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ValidationDetails = z.object({ fields: z.array(FieldError) });
export type ValidationDetails = z.infer<typeof ValidationDetails>;

/** The HTTP status each code is sent with. Documented in docs/api.md (generated from this table). */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  postcode_invalid: 400,
  party_unknown: 400,
  election_passed: 422,
  election_not_held_here: 422,
  payload_too_large: 413,
  postcode_not_found: 404,
  postcode_outside_constituencies: 404,
  constituency_not_found: 404,
  session_not_found: 404,
  signup_not_found: 404,
  message_not_found: 404,
  local_contact_not_found: 404,
  introduction_not_found: 404,
  party_change_not_found: 404,
  organiser_not_found: 404,
  organiser_exists: 409,
  sign_in_link_invalid: 400,
  csrf_failed: 403,
  not_found: 404,
  session_not_open: 409,
  duplicate_message: 409,
  capacity_below_confirmed: 409,
  listing_not_requested: 409,
  idempotency_conflict: 409,
  rate_limited: 429,
  unauthorized: 401,
  forbidden: 403,
  origin_not_allowed: 403,
  method_not_allowed: 405,
  internal_error: 500,
  service_unavailable: 503,
} as const satisfies Record<ErrorCode, number>;

/** What each code means, for people reading the docs. */
export const errorMeaning: Record<ErrorCode, string> = {
  validation_failed: 'A parameter or body field failed the schema; `details.fields` lists each field with a code.',
  invalid_json: 'The body is not valid JSON.',
  payload_too_large: 'The body is over 32 KB.',
  postcode_invalid: 'Not a UK postcode or outcode; the message gives the expected form.',
  postcode_not_found: 'Well-formed but unknown; `details.sector` is set when the sector exists (probably a typo).',
  postcode_outside_constituencies: 'Jersey, Guernsey, Isle of Man, BFPO or an overseas territory (e.g. Gibraltar GX11 1AA, the Falklands FIQQ 1ZZ): outside UK parliamentary constituencies; `details.territory`.',
  constituency_not_found: 'No July 2024 constituency has this code.',
  session_not_found: 'No canvassing session has this id.',
  session_not_open: 'The session is cancelled or already over.',
  signup_not_found: 'No sign-up matches (cancellation link).',
  message_not_found: 'No message has this id (within your scope).',
  duplicate_message: 'The same message was already received recently.',
  capacity_below_confirmed: 'More people are already confirmed than the new capacity; `details.confirmed` says how many.',
  local_contact_not_found: 'No local contact is registered for this constituency yet.',
  introduction_not_found: 'No introduction has this id (within your scope).',
  listing_not_requested: 'The organisation did not ask to be listed in the public groups directory.',
  party_change_not_found: 'No recorded party change has this id.',
  organiser_not_found: 'No organiser has this id.',
  organiser_exists: 'Another organiser already has this email address.',
  sign_in_link_invalid: 'The sign-in link is unknown, already used or expired (they work once, for 15 minutes): ask for a new one.',
  csrf_failed: 'A write with the console session cookie needs the session\'s `X-CSRF-Token` header and must come from the console\'s own origin.',
  party_unknown: 'No party has this code in the 2024 results; `details.parties` lists the valid codes (`Lab`, `Con`, `LD`, `Reform`, …).',
  election_passed: 'Polling day of this election is before today in the UK: pledges and reminders are for elections still to come.',
  election_not_held_here: "This kind of election is not held in the constituency's nation (a Senedd election in England, say: `ELECTIONS_BY_NATION` in `@solidarity-widgets/rules`); `details.election` and `details.nation` name both.",
  idempotency_conflict: 'This Idempotency-Key was used with a different body.',
  rate_limited: 'Too many writes; wait `Retry-After` seconds.',
  unauthorized: 'A valid bearer token (or console session) is required.',
  forbidden: 'Your token does not cover this constituency or partner.',
  origin_not_allowed: 'Writes are accepted only from the partner origins the server is configured with.',
  not_found: 'No such route.',
  method_not_allowed: 'The route exists but not with this method.',
  internal_error: 'A fault on the server. Never caused by input; please report it.',
  service_unavailable: 'The database is unreachable for a moment (restart, failover); nothing was stored. Retry after `Retry-After` seconds.',
};
