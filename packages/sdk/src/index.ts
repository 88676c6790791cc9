/**
 * Typed client for the Solidarity Widgets API.
 *
 * Everything here is a plain export with no side effects, so bundlers drop
 * what you do not use. Organiser and moderator calls live in
 * `@solidarity-widgets/sdk/admin` (`createAdminClient`), so their schemas never
 * reach a public page; the mock server for tests lives in
 * `@solidarity-widgets/sdk/mock`.
 *
 * @packageDocumentation
 */
export { createClientWithChecks } from './checked-client.js';
export { createClient, createClientFor, schemaCheck, type PledgeBody, type ResponseSchemas, type SolidarityClient, type WallMessage } from './create-client.js';
export type { ClientOptions, ResponseCheck } from './client.js';
export { newIdempotencyKey } from './idempotency-key.js';
export type { CallOptions, RouteInput, RouteOutput, RouteParams, RouteQuery, RouteBody, ReadonlyInput, SchemaInput, SchemaOutput } from './types.js';
export {
  SolidarityApiError,
  HttpError,
  RateLimitError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  type HttpErrorInit,
  type RequestInfo,
  type ResponseIssue,
} from './errors.js';
// Shapes are re-exported as types only, so apps need not depend on the contract package directly.
export type {
  RouteName,
  PublicRouteName,
  ErrorCode,
  FieldError,
  FieldErrorCode,
  Health,
  PostcodeLookup,
  PostcodeMatch,
  Constituency,
  ConstituencySummary,
  ConstituencyList,
  NearbyMarginals,
  NearbyMarginal,
  PartyTargets,
  PartyTarget,
  Mp,
  Nation,
  MarginalityBand,
  CanvassSession,
  CanvassSessionList,
  CanvassSignupRequest,
  CanvassSignupReceipt,
  CreateCanvassSession,
  SolidarityMessageRequest,
  SolidarityMessageReceipt,
  PublicSolidarityMessage,
  SolidarityWallPage,
  ModerationQueue,
  ModerationQueueItem,
  ModerationDecision,
  LocalContact,
  LocalContactRequest,
  IntroductionRequest,
  IntroductionReceipt,
  Introduction,
  IntroductionInbox,
  IntroductionStatus,
  IntroductionOffer,
  OrganisationType,
  ListingStatus,
  ListingDecision,
  LocalGroup,
  LocalGroupList,
  ElectionKind,
  PledgeIntent,
  PledgeLanguage,
  PledgeElection,
  PledgeRequest,
  PledgeReceipt,
  PledgeReminderKind,
  PledgeReminderDate,
  PledgeCount,
  PledgeSummary,
  PledgeSummaryRow,
} from '@solidarity-widgets/contract';
