import { adminRoutes } from './admin-routes.js';
import { publicRoutes } from './public-routes.js';
import { consoleRoutes } from './console-routes.js';
import type { RouteDef } from './route-def.js';

export type { RouteDef } from './route-def.js';
export { impliedErrors } from './route-def.js';

/**
 * Every HTTP route of v1: {@link publicRoutes}, {@link adminRoutes} and {@link consoleRoutes} together. The server mounts these, the
 * OpenAPI document and docs/api.md are generated from them, so a shape is written exactly once. Listed one by one
 * (not spread) to keep the order the routes were added in, which the OpenAPI document and docs/api.md follow; the
 * `satisfies` clause fails to compile if a route of either table is missing here or one is added that is in neither.
 * The SDK imports `publicRoutes` and `adminRoutes` from their own modules (see index.ts), never this one, because
 * this object holds both.
 */
export const routes = {
  health: publicRoutes.health,
  lookupPostcode: publicRoutes.lookupPostcode,
  getConstituency: publicRoutes.getConstituency,
  listConstituencies: publicRoutes.listConstituencies,
  nearbyMarginals: publicRoutes.nearbyMarginals,
  listCanvassSessions: publicRoutes.listCanvassSessions,
  createCanvassSignup: publicRoutes.createCanvassSignup,
  cancelCanvassSignup: publicRoutes.cancelCanvassSignup,
  sendSolidarityMessage: publicRoutes.sendSolidarityMessage,
  listSolidarityMessages: publicRoutes.listSolidarityMessages,
  adminCreateCanvassSession: adminRoutes.adminCreateCanvassSession,
  adminListCanvassSessions: adminRoutes.adminListCanvassSessions,
  adminUpdateCanvassSession: adminRoutes.adminUpdateCanvassSession,
  adminCancelCanvassSession: adminRoutes.adminCancelCanvassSession,
  adminListCanvassSignups: adminRoutes.adminListCanvassSignups,
  adminModerationQueue: adminRoutes.adminModerationQueue,
  adminModerateMessage: adminRoutes.adminModerateMessage,
  adminExportSignups: adminRoutes.adminExportSignups,
  adminErasePerson: adminRoutes.adminErasePerson,
  getLocalContact: publicRoutes.getLocalContact,
  adminSetLocalContact: adminRoutes.adminSetLocalContact,
  requestIntroduction: publicRoutes.requestIntroduction,
  listLocalGroups: publicRoutes.listLocalGroups,
  adminIntroductions: adminRoutes.adminIntroductions,
  adminExportIntroductions: adminRoutes.adminExportIntroductions,
  adminUpdateIntroduction: adminRoutes.adminUpdateIntroduction,
  adminDecideListing: adminRoutes.adminDecideListing,
  adminEraseMessage: adminRoutes.adminEraseMessage,
  adminPurgeRejectedMessages: adminRoutes.adminPurgeRejectedMessages,
  adminAddPartyChange: adminRoutes.adminAddPartyChange,
  adminListPartyChanges: adminRoutes.adminListPartyChanges,
  adminRemovePartyChange: adminRoutes.adminRemovePartyChange,
  sendAnswerReport: publicRoutes.sendAnswerReport,
  adminAnswerReports: adminRoutes.adminAnswerReports,
  recordReferralVisit: publicRoutes.recordReferralVisit,
  adminReferrals: adminRoutes.adminReferrals,
  healthLive: publicRoutes.healthLive,
  healthReady: publicRoutes.healthReady,
  consoleSignIn: consoleRoutes.consoleSignIn,
  consoleOpenSession: consoleRoutes.consoleOpenSession,
  consoleMe: consoleRoutes.consoleMe,
  consoleUpdateMe: consoleRoutes.consoleUpdateMe,
  consoleSignOut: consoleRoutes.consoleSignOut,
  consoleSignOutEverywhere: consoleRoutes.consoleSignOutEverywhere,
  adminListOrganisers: adminRoutes.adminListOrganisers,
  adminCreateOrganiser: adminRoutes.adminCreateOrganiser,
  adminUpdateOrganiser: adminRoutes.adminUpdateOrganiser,
  adminDisableOrganiser: adminRoutes.adminDisableOrganiser,
  adminAuditLog: adminRoutes.adminAuditLog,
  adminSetAttendance: adminRoutes.adminSetAttendance,
  adminDashboard: adminRoutes.adminDashboard,
  partyTargets: publicRoutes.partyTargets,
  postcodeAnswer: publicRoutes.postcodeAnswer,
  createPledge: publicRoutes.createPledge,
  pledgeCount: publicRoutes.pledgeCount,
  adminPledgeSummary: adminRoutes.adminPledgeSummary,
  adminExportPledgeSummary: adminRoutes.adminExportPledgeSummary,
} as const satisfies Record<keyof typeof publicRoutes | keyof typeof adminRoutes | keyof typeof consoleRoutes, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;
