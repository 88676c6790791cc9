import { html, nothing, type TemplateResult } from 'lit';
import '../solidarity-share/solidarity-share.js';

/**
 * The "share after acting" block a widget renders after a lookup, a sign-up or a message (docs/sharing.md):
 * nothing when the partner set `share="off"`. Only widgets that offer sharing import this module, so the wall
 * and the other widgets do not carry the share element.
 */
export function shareBlock(options: { on: boolean; lang: string; partner: string | undefined; text: string; seat?: string }): TemplateResult | typeof nothing {
  if (!options.on) return nothing;
  return html`<solidarity-share part="share" lang=${options.lang} partner=${options.partner ?? nothing}
    text=${options.text} seat=${options.seat ?? ''}></solidarity-share>`;
}
