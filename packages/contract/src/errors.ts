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
  'idempotency_conflict',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'origin_not_allowed',
  'not_found',
  'method_not_allowed',
  'internal_error',
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
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ValidationDetails = z.object({ fields: z.array(FieldError) });
export type ValidationDetails = z.infer<typeof ValidationDetails>;
