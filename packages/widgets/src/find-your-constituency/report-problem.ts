import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerReportRequest, ConstituencySummary, PostcodeLookup } from '@solidarity-widgets/contract';
import { ensureLocale, isLocaleReady, translate, type Messages, type Params } from '../core/i18n/localize.js';
import { reportCatalogue, type ReportMessageId } from './messages/report.js';
import { useRoutes } from '../core/client.js';

// Registered with this chunk, which only a shown result loads (see core/client.ts).
useRoutes({ sendAnswerReport: () => import('@solidarity-widgets/contract/json-schemas/sendAnswerReport') });

/** What the supporter has done with the report form (kept by the element, reset for each new answer). */
export interface ReportState {
  readonly open: boolean;
  readonly text: string;
  readonly status: 'idle' | 'sending' | 'sent' | 'error';
  readonly error?: string | undefined;
}

export const initialReport: ReportState = { open: false, text: '', status: 'idle' };

export interface ReportContext {
  readonly language: string;
  readonly state: ReportState;
  update(patch: Partial<ReportState>): void;
  /** The partner's `report-url` (`mailto:` or `https:`); anything else, or none, uses the API. */
  readonly reportUrl: string | undefined;
  readonly lookup: PostcodeLookup;
  readonly seat: ConstituencySummary;
  /** The answer as shown (seat, MP, party, majority), in the supporter's language. */
  readonly shown: string;
  /** Stores the report through the API; resolves only once the server accepted it. */
  send(body: AnswerReportRequest): Promise<unknown>;
  describeError(error: unknown): string;
  requestUpdate(): void;
}

/**
 * "Report a problem with this answer" under a finder result (issue 13). With a partner's `mailto:` address the link
 * opens an email with the postcode area and the answer filled in; with an `https:` page it links there with both as
 * query parameters; otherwise a short form sends the report to the API, and says "received" only once the server
 * has stored it. Lazy chunk: loaded once a result is shown.
 */
export function renderReport(ctx: ReportContext): TemplateResult {
  const own = reportCatalogue as unknown as Messages<string>;
  if (!isLocaleReady(ctx.language, [own])) void ensureLocale(ctx.language, [own]).then(() => ctx.requestUpdate());
  const t = (id: ReportMessageId, params?: Params) => translate(ctx.language, id, params, reportCatalogue);
  const url = ctx.reportUrl?.trim() ?? '';
  const { lookup, seat, shown: answer } = ctx;
  // The postcode area only (`SE6 4`), never the full postcode: a report needs no personal data.
  const area = lookup.kind === 'postcode' ? lookup.query.slice(0, -2) : lookup.query;

  if (/^mailto:/i.test(url)) {
    const fields = `subject=${encodeURIComponent(t('report.subject', { area }))}&body=${encodeURIComponent(t('report.body', { area, answer }))}`;
    return html`<p part="report"><a part="report-link" href=${`${url}${url.includes('?') ? '&' : '?'}${fields}`}>${t('report.link')}</a></p>`;
  }
  if (/^https?:\/\//i.test(url)) {
    let href = url;
    try {
      const u = new URL(url);
      u.searchParams.set('postcodeArea', area);
      u.searchParams.set('answer', answer);
      href = u.href;
    } catch {
      // Not a URL after all: link to it as given.
    }
    return html`<p part="report"><a part="report-link" href=${href} target="_blank" rel="noopener noreferrer">${t('report.link')}</a></p>`;
  }

  const { state } = ctx;
  if (state.status === 'sent') return html`<p part="report" class="note" role="status">${t('report.sent')}</p>`;
  if (!state.open) {
    return html`<p part="report">
      <button part="report-link" class="secondary" type="button" aria-expanded="false" @click=${() => ctx.update({ open: true })}>${t('report.link')}</button>
    </p>`;
  }
  const sending = state.status === 'sending';
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const message = state.text.trim();
    if (!message) return ctx.update({ status: 'error', error: t('report.empty') });
    ctx.update({ status: 'sending', error: undefined });
    try {
      await ctx.send({
        ...(/^[A-Z]{1,2}[0-9][A-Z0-9]?( [0-9])?$/.test(area) ? { postcodeArea: area } : {}),
        constituency: seat.code,
        answer: answer.slice(0, 600),
        message,
        language: ctx.language,
      });
      ctx.update({ status: 'sent' });
    } catch (error) {
      // Never say it was sent when it was not: the text stays, with the reason and the button to try again.
      ctx.update({ status: 'error', error: ctx.describeError(error) });
    }
  };
  return html`<form part="report" class="report" @submit=${submit} novalidate>
    <label for="report-text">${t('report.label')}</label>
    <p id="report-hint" class="muted">${t('report.hint')}</p>
    <textarea
      id="report-text"
      part="input"
      rows="3"
      maxlength="1000"
      aria-describedby=${state.error ? 'report-error report-hint' : 'report-hint'}
      aria-invalid=${state.status === 'error' ? 'true' : 'false'}
      .value=${state.text}
      @input=${(e: InputEvent) => ctx.update({ text: (e.target as HTMLTextAreaElement).value })}
    ></textarea>
    ${state.status === 'error' && state.error ? html`<p id="report-error" class="error" role="alert">${state.error}</p>` : nothing}
    <p>
      <button part="button" type="submit" ?disabled=${sending}>${sending ? t('report.sending') : t('report.send')}</button>
      <button class="secondary" type="button" ?disabled=${sending} @click=${() => ctx.update({ open: false, status: 'idle', error: undefined })}>${t('report.cancel')}</button>
    </p>
  </form>`;
}
