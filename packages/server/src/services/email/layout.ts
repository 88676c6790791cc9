/**
 * The shared shape of every email: plain text and HTML from the same parts. Everything a person typed is passed in
 * as text and escaped here, so no template can forget: in HTML it is inert, in plain text it is shown as typed
 * (control characters never reach an email: the API refuses them in free text).
 */
export interface EmailParts {
  /** `lang` of the HTML document. */
  readonly language: string;
  /** `rtl` for Arabic and Urdu. */
  readonly dir?: 'ltr' | 'rtl';
  readonly subject: string;
  readonly greeting?: string;
  readonly paragraphs: readonly string[];
  /** A button in HTML, a line with the URL in text. */
  readonly action?: { readonly label: string; readonly url: string };
  /** Small print at the end: who sent it and why, how to stop. */
  readonly footer: readonly string[];
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function renderEmail(parts: EmailParts): { subject: string; text: string; html: string } {
  const text = [
    ...(parts.greeting ? [parts.greeting, ''] : []),
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ''] : []),
    '-- ',
    ...parts.footer,
  ].join('\n');
  const p = (t: string) => `<p style="margin:0 0 1em">${escapeHtml(t).replace(/\n/g, '<br>')}</p>`;
  const html = `<!doctype html>
<html lang="${escapeHtml(parts.language)}" dir="${parts.dir ?? 'ltr'}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:36em;margin:0 auto;padding:1em;overflow-wrap:anywhere;word-break:break-word">
${parts.greeting ? p(parts.greeting) : ''}
${parts.paragraphs.map(p).join('\n')}
${parts.action ? `<p style="margin:1.5em 0"><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;padding:.6em 1.2em;background:#b00020;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(parts.action.label)}</a></p>` : ''}
<hr style="border:0;border-top:1px solid #ccc">
${parts.footer.map((f) => `<p style="font-size:.85em;color:#555;margin:0 0 .5em">${escapeHtml(f)}</p>`).join('\n')}
</body></html>`;
  return { subject: parts.subject, text, html };
}
