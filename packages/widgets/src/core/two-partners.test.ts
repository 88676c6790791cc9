// Two partners' script tags on one page: each widget uses the options of the tag before it (docs/embedding.md).
// The CDN loader registers every `<script src=".../widgets.js">` tag with `adoptScriptTags`; the tags here have a
// non-script `type` so the browser does not fetch them, and the same `src`, as two partners' copied snippets would.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { within } from '@testing-library/dom';
import { createMockHandlers, mockState, type MockState } from '@solidarity-widgets/sdk/mock';
import { adoptScriptTags, setPageDefaults } from './config.js';
import '../define.js';

const API = 'http://localhost:8787';
const BUNDLE = 'https://cdn.example.org/cdn/widgets.js';

const worker = setupWorker();
let state: MockState;
let requests: Request[] = [];
beforeAll(async () => {
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
  worker.events.on('request:start', ({ request }) => void requests.push(request.clone()));
});
afterAll(() => worker.stop());
beforeEach(() => {
  requests = [];
  state = mockState();
  worker.resetHandlers(...createMockHandlers({ baseUrl: API, state }));
});

function script(partner: string, lang?: string): string {
  return `<script type="text/x-not-run" src="${BUNDLE}" data-api-base="${API}" data-partner="${partner}"${lang ? ` data-lang="${lang}"` : ''}></script>`;
}

/** The `partner` query of every wall request, in order. */
const wallPartners = () =>
  requests.filter((r) => new URL(r.url).pathname === '/v1/solidarity-messages').map((r) => new URL(r.url).searchParams.get('partner'));

it('each wall asks for the partner of the script tag before it, and an explicit partner attribute wins', async () => {
  document.body.innerHTML = `
    <section>${script('unite-london')}<solidarity-wall></solidarity-wall></section>
    <section>${script('polish-workers-uk', 'pl')}<solidarity-wall></solidarity-wall>
      <solidarity-wall partner="gmb-north"></solidarity-wall></section>`;
  adoptScriptTags(BUNDLE);
  await expect.poll(() => wallPartners().sort()).toEqual(['gmb-north', 'polish-workers-uk', 'unite-london']);
  // The second tag's language reaches only its own section's widgets.
  const [first, second] = Array.from(document.querySelectorAll('solidarity-wall'));
  await expect.poll(() => second?.shadowRoot?.querySelector('h2')?.textContent?.trim()).not.toBe(first?.shadowRoot?.querySelector('h2')?.textContent?.trim());
});

it('a second partner tag added after the loader ran, and widgets before every tag or inside a shadow root, get the right partner', async () => {
  document.body.innerHTML = `<solidarity-wall id="before"></solidarity-wall>${script('unite-london')}<div id="host"></div>`;
  adoptScriptTags(BUNDLE);
  const later = document.createElement('div');
  later.innerHTML = `${script('polish-workers-uk')}<solidarity-wall id="after"></solidarity-wall>`;
  document.body.append(later);
  adoptScriptTags(BUNDLE, later);
  // A widget inside another component's shadow root, placed before the second tag.
  const host = document.getElementById('host')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<solidarity-wall></solidarity-wall>';
  await expect.poll(() => wallPartners().sort()).toEqual(['polish-workers-uk', 'unite-london', 'unite-london']);
});

it('two partners’ solidarity forms on one page each submit with their own partner', async () => {
  document.body.innerHTML = `
    ${script('unite-london')}<send-solidarity lang="en"></send-solidarity>
    ${script('polish-workers-uk')}<send-solidarity lang="en"></send-solidarity>`;
  adoptScriptTags(BUNDLE);
  // Page-wide defaults set by an npm user do not override a script tag's partner.
  setPageDefaults({ partner: 'page-wide' });
  for (const el of Array.from(document.querySelectorAll('send-solidarity'))) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const screen = within(el.shadowRoot as unknown as HTMLElement);
    await userEvent.type(screen.getByRole('textbox', { name: /your name/i }), 'Kasia Nowak');
    await userEvent.type(screen.getByRole('textbox', { name: /organisation or union/i }), 'Polish Workers UK');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /country/i }), 'PL');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /language of your message/i }), 'pl');
    await userEvent.fill(screen.getByRole('textbox', { name: /your message/i }), 'Solidarność z wami wszystkimi!');
    await userEvent.type(screen.getByRole('textbox', { name: /email/i }), 'kasia@example.org');
    await userEvent.click(screen.getByRole('checkbox', { name: /may be published/i }));
    await userEvent.click(screen.getByRole('button', { name: /send message/i }));
    // A sent form moves focus to its confirmation: wait for it, or the next form's typing could land there.
    await screen.findByRole('heading', { name: 'Message sent' });
  }
  const posted = () =>
    state.requests.filter((r) => r.method === 'POST' && r.url === `${API}/v1/solidarity-messages`).map((r) => (r.body as { partner?: string }).partner);
  await expect.poll(posted).toEqual(['unite-london', 'polish-workers-uk']);
});
