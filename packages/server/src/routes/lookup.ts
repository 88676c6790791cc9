import { routes, type PostcodeLookup } from '@solidarity-widgets/contract';
import type { PartyOverlay } from '../services/party-changes.js';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { ApiError } from '../http/errors.js';
import { upstreamLookup } from '../services/postcode-upstream.js';
import { countUpcomingSessions } from '../services/canvass.js';
import { localGroups } from '../services/local.js';
import { isConnectionError } from '../store/errors.js';
import { mount } from './mount.js';

// Short enough that an operator's party change (services/party-changes.ts) reaches browsers and caches within minutes.
const CACHE = { 'Cache-Control': 'public, max-age=300' };
/** The postcode lookup's caching (http/fast-lookup.ts answers with it too). */
export const LOOKUP_CACHE = CACHE;
// The one-request answer carries the local directory, which is as fresh as `/v1/local-groups` (a minute).
const ANSWER_CACHE = { 'Cache-Control': 'public, max-age=60' };
// Targets carry session counts, which change as organisers add sessions: a minute is fresh enough.
const TARGETS_CACHE = { 'Cache-Control': 'public, max-age=60' };

/** The postcode lookup's answer: the built data with the operators' party changes on top. */
export function lookupAnswer(found: PostcodeLookup, overlay: PartyOverlay): PostcodeLookup {
  return { ...found, matches: found.matches.map((m) => ({ ...m, constituency: overlay.summary(m.constituency) })) };
}

export function lookupRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { data } = deps;
  // POSTCODE_UPSTREAM_URL: ask the provider about full postcodes the offline data lacks or flags uncertain.
  const upstream = deps.config.postcodeUpstream;
  const lookup = upstream ? upstreamLookup(data, upstream) : async (raw: string) => data.lookupPostcode(raw);

  // Operators' party changes go on top of the built data in every answer (services/party-changes.ts).
  const facts = () => deps.partyChanges.overlay();

  mount(app, deps, routes.lookupPostcode, async ({ params }) => {
    const result = await lookup(params.postcode);
    if (result.ok) return { body: lookupAnswer(result.value, await facts()), headers: LOOKUP_CACHE };
    throw new ApiError(result.code, result.message, result.details);
  });

  // The finder's first screen in one request (docs/decisions/0011-one-request-lookup.md): the same answers as
  // lookupPostcode, listConstituencies (a nation-only answer), getConstituency, nearbyMarginals and listLocalGroups.
  mount(app, deps, routes.postcodeAnswer, async ({ params, query }) => {
    const result = await lookup(params.postcode);
    if (!result.ok) throw new ApiError(result.code, result.message, result.details);
    const overlay = await facts();
    const found = result.value;
    // Only the nation is known (Northern Ireland): every seat of it, to choose from rather than guess.
    const matches = found.kind === 'nation' && !found.matches.length
      ? data.listConstituencies({ nation: found.nation }).map((s) => ({ constituency: overlay.summary(s), share: null }))
      : found.matches.map((m) => ({ ...m, constituency: overlay.summary(m.constituency) }));
    const only = matches.length === 1 && found.kind !== 'nation' ? matches[0] : undefined;
    const seat = only && data.getConstituency(only.constituency.code);
    let answer = null;
    if (seat) {
      const options: { limit?: number; maxMajorityPct?: number; postcode: string } = { postcode: found.query };
      if (query.limit !== undefined) options.limit = query.limit;
      if (query.maxMajorityPct !== undefined) options.maxMajorityPct = query.maxMajorityPct;
      const nearby = data.nearbyMarginals(seat.code, options);
      if (!nearby) throw new Error(`nearbyMarginals knows no seat ${seat.code}, which the lookup gave`);
      // The directory is the one part that needs the database: without it, the lookup (which does not) still answers.
      const local = await localGroups(deps.store, data, { constituency: seat.code }).catch((error: unknown) => {
        if (isConnectionError(error)) return null;
        throw error;
      });
      answer = {
        constituency: overlay.constituency(seat),
        nearby: { ...nearby, marginals: nearby.marginals.map((m) => ({ ...m, constituency: overlay.summary(m.constituency) })) },
        local,
      };
    }
    return { body: { lookup: { ...found, matches }, seat: answer }, headers: ANSWER_CACHE };
  });

  const notFound = (code: string) => new ApiError('constituency_not_found', `There is no constituency with the code ${code}.`);

  mount(app, deps, routes.getConstituency, async ({ params }) => {
    const constituency = data.getConstituency(params.code);
    if (!constituency) throw notFound(params.code);
    return { body: (await facts()).constituency(constituency), headers: CACHE };
  });

  mount(app, deps, routes.listConstituencies, async ({ query }) => {
    const filter: { nation?: typeof query.nation & string; maxMajorityPct?: number } = {};
    if (query.nation !== undefined) filter.nation = query.nation;
    if (query.maxMajorityPct !== undefined) filter.maxMajorityPct = query.maxMajorityPct;
    const overlay = await facts();
    return {
      body: { constituencies: data.listConstituencies(filter).map((s) => overlay.summary(s)), dataCurrentTo: data.dataCurrentTo, factsCurrentTo: overlay.factsCurrentTo },
      headers: CACHE,
    };
  });

  mount(app, deps, routes.nearbyMarginals, async ({ params, query }) => {
    if (!data.getConstituency(params.code)) throw notFound(params.code);
    const options: { limit?: number; maxMajorityPct?: number; postcode?: string } = {};
    if (query.limit !== undefined) options.limit = query.limit;
    if (query.maxMajorityPct !== undefined) options.maxMajorityPct = query.maxMajorityPct;
    if (query.postcode !== undefined) options.postcode = query.postcode;
    const result = data.nearbyMarginals(params.code, options);
    if (!result) throw notFound(params.code);
    const overlay = await facts();
    return { body: { ...result, marginals: result.marginals.map((m) => ({ ...m, constituency: overlay.summary(m.constituency) })) }, headers: CACHE };
  });

  mount(app, deps, routes.partyTargets, async ({ params, query }) => {
    const options: { swing?: number; count?: number; postcode?: string } = {};
    if (query.swing !== undefined) options.swing = query.swing;
    if (query.count !== undefined) options.count = query.count;
    if (query.postcode !== undefined) options.postcode = query.postcode;
    const result = data.partyTargets(params.code, query.party, options);
    if (!result.ok) throw new ApiError(result.code, result.message, result.details);
    const { win, hold } = result.value;
    const sessions = await countUpcomingSessions(deps.store, [...win, ...hold].map((t) => t.constituency.code));
    const overlay = await facts();
    const withSessions = (list: typeof win) =>
      list.map((t) => ({ ...t, constituency: overlay.summary(t.constituency), sessions: sessions.get(t.constituency.code) ?? 0 }));
    return { body: { ...result.value, win: withSessions(win), hold: withSessions(hold) }, headers: TARGETS_CACHE };
  });
}
