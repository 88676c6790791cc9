import { html, nothing, type TemplateResult } from 'lit';
import { retryableImport } from './lazy.js';

/**
 * The element's code is a lazy chunk: it is needed only after the supporter acted, so a page's first load does not
 * carry it (the bundle budgets in DESIGN.md). `<solidarity-share>` upgrades when the chunk arrives.
 */
const loadShare = retryableImport(() => import('../solidarity-share/solidarity-share.js'));

/**
 * The "share after acting" block a widget renders after a lookup, a sign-up or a message (docs/sharing.md):
 * nothing when the partner set `share="off"`. Only widgets that offer sharing import this module.
 */
export function shareBlock(options: { on: boolean; lang: string; partner: string | undefined; text: string; seat?: string }): TemplateResult | typeof nothing {
  if (!options.on) return nothing;
  if (typeof customElements !== 'undefined' && !customElements.get('solidarity-share')) void loadShare().catch(() => undefined);
  return html`<solidarity-share part="share" lang=${options.lang} partner=${options.partner ?? nothing}
    text=${options.text} seat=${options.seat ?? ''}></solidarity-share>`;
}
