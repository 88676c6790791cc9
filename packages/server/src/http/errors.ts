import { errorStatus, type ErrorBody, type ErrorCode } from '@solidarity-widgets/contract';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the client caused or should know about; becomes the one error body, with the contract's status for its code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = errorStatus[code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

export const notFound = (message = 'There is nothing at this address.') => new ApiError('not_found', message);
export const unauthorized = () =>
  new ApiError('unauthorized', 'A valid bearer token is required.', undefined, { 'WWW-Authenticate': 'Bearer realm="solidarity-widgets"' });
export const forbidden = (message = 'Your token does not give access to this.') => new ApiError('forbidden', message);

/** Seconds a client is asked to wait while the database is unreachable: a restart or failover takes a few. */
export const RETRY_AFTER_S = 5;
export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is briefly unavailable and nothing was stored. Please try again in a few seconds.';
