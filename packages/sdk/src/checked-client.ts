import type { PublicRouteName } from '@solidarity-widgets/contract';
import { routes } from '@solidarity-widgets/contract/json-schemas/meta';
import { createRequester, type ClientOptions, type ResponseCheck } from './client.js';
import type { SolidarityClient } from './create-client.js';
import type { RouteBody, RouteInput } from './types.js';

// Its own module, apart from create-client.ts: that one imports the JSON validator, and a bundle that takes this
// function (the script-tag widgets, which load the validator lazily, issue 17) must not reach it through a static import.

/**
 * {@link createClientFor} with the whole response check given per route (e.g. {@link schemaCheck} with a schema),
 * maybe as a promise: asked when the request starts, so a check loaded lazily (the validator with the schema) loads
 * while the request is in flight; if it cannot load, the call fails with a retryable {@link NetworkError}. This
 * module's validator is then left out of a bundle that does not call {@link createClientFor} (the script-tag
 * widgets load it only with their first request, issue 17).
 * @internal
 */
export function createClientWithChecks(
  options: ClientOptions,
  checkFor: (name: PublicRouteName) => ResponseCheck | PromiseLike<ResponseCheck>,
): SolidarityClient {
  const send = createRequester(options, routes, checkFor);
  const { partner } = options;

  const withPartner = <B extends { partner?: string | undefined }>(body: B): B =>
    partner !== undefined && body.partner === undefined ? { ...body, partner } : body;

  const listSolidarityMessages: SolidarityClient['listSolidarityMessages'] = (query = {}, opts) =>
    send('listSolidarityMessages', { query: withPartner(query) }, opts);

  return {
    request: (name, ...[input, opts]) => send(name, input ?? ({} as RouteInput<typeof name>), opts),
    health: (opts) => send('health', {}, opts),
    lookupPostcode: (postcode, opts) => send('lookupPostcode', { params: { postcode } }, opts),
    postcodeAnswer: (postcode, query = {}, opts) => send('postcodeAnswer', { params: { postcode }, query }, opts),
    getConstituency: (code, opts) => send('getConstituency', { params: { code } }, opts),
    listConstituencies: (query = {}, opts) => send('listConstituencies', { query }, opts),
    nearbyMarginals: (code, query = {}, opts) => send('nearbyMarginals', { params: { code }, query }, opts),
    partyTargets: (code, query, opts) => send('partyTargets', { params: { code }, query }, opts),
    listCanvassSessions: (query = {}, opts) => send('listCanvassSessions', { query }, opts),
    signUpToCanvass: (body, opts) => send('createCanvassSignup', { body: withPartner(body) }, opts),
    cancelCanvassSignup: (id, token, opts) => send('cancelCanvassSignup', { params: { id }, body: { token } }, opts),
    sendSolidarityMessage: (body, opts) => send('sendSolidarityMessage', { body: withPartner(body) }, opts),
    reportAnswer: (body, opts) => send('sendAnswerReport', { body: withPartner(body) }, opts),
    recordReferralVisit: (code, body, opts) => send('recordReferralVisit', { params: { code }, body: withPartner(body ?? {}) }, opts),
    listSolidarityMessages,
    solidarityMessages: (query = {}, opts = {}) => ({
      async *[Symbol.asyncIterator]() {
        let cursor: string | undefined;
        const seen = new Set<string>();
        for (;;) {
          const page = await listSolidarityMessages(cursor === undefined ? query : { ...query, cursor }, opts);
          yield* page.messages;
          if (page.nextCursor === null) return;
          // A cursor we have already followed would loop forever; stop rather than hammer the API.
          if (seen.has(page.nextCursor)) return;
          seen.add(page.nextCursor);
          cursor = page.nextCursor;
        }
      },
    }),
    getLocalContact: (code, opts) => send('getLocalContact', { params: { code } }, opts),
    requestIntroduction: (body, opts) => send('requestIntroduction', { body: withPartner(body) }, opts),
    listLocalGroups: (query, opts) => send('listLocalGroups', { query }, opts),
    // The server refuses a body without a partner (validation_failed), as it would any other missing field.
    createPledge: (body, opts) => send('createPledge', { body: withPartner(body) as RouteBody<'createPledge'> }, opts),
    pledgeCount: (query, opts) => send('pledgeCount', { query }, opts),
  };
}
