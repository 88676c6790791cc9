import { routes } from '@solidarity-widgets/contract';
import type { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/context.js';
import { forbidden } from '../http/errors.js';
import { listAnswerReports, storeAnswerReport } from '../services/answer-reports.js';
import { mount } from './mount.js';

/** "Report a problem with this answer" (a public write, rate-limited by mount) and the organisers' list. */
export function answerReportRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  mount(app, deps, routes.sendAnswerReport, async ({ body, origin }) => ({
    status: 201,
    body: await storeAnswerReport(deps.store, deps.data, body, { origin }),
  }));

  mount(app, deps, routes.adminAnswerReports, async ({ scopes }) => {
    if (!scopes.admin && scopes.constituencies.size === 0 && scopes.partners.size === 0) throw forbidden();
    return { body: { reports: await listAnswerReports(deps.store, deps.data, scopes) } };
  });
}
