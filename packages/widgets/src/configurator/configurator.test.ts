import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { configure, within } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import type { SolidarityConfigurator } from './configurator.component.js';
import { LANGUAGES } from '../core/i18n/languages.js';
import './configurator.js';
// The preview shows real widgets; on /configure the CDN loader registers them, here their define files do.
import '../find-your-constituency/find-your-constituency.js';
import '../send-solidarity/send-solidarity.js';
import '../pledge-to-vote/pledge-to-vote.js';

configure({ getElementError: (message) => new Error(message ?? 'element not found') });

const API = 'http://localhost:8787';
const worker = setupWorker();
beforeAll(() => worker.start({ onUnhandledRequest: 'error', quiet: true }));
afterAll(() => worker.stop());
beforeEach(() => worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() })));
afterEach(() => document.body.replaceChildren());

async function mount() {
  const el = document.createElement('solidarity-configurator') as SolidarityConfigurator;
  el.setAttribute('api-origin', API);
  el.setAttribute('version', '0.1.0');
  el.setAttribute('integrity', 'sha384-abc');
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  const snippet = (name: RegExp) => (within(root).getByRole('textbox', { name }) as HTMLTextAreaElement).value;
  return { el, root, screen: within(root), snippet };
}

describe('<solidarity-configurator>', () => {
  it('offers every language the widgets speak, each by its own name', async () => {
    const { screen } = await mount();
    const options = [...(screen.getByLabelText('Language') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toContain('Cymraeg (Welsh)');
    expect(options).toContain('Polski (Polish)');
    expect(options.length).toBe(LANGUAGES.length + 1);
  });

  it('choosing options updates the live preview and every snippet', async () => {
    const { el, screen, snippet } = await mount();
    const finder = () => el.querySelector('find-your-constituency');
    expect(finder()).not.toBeNull();
    expect(snippet(/Script tag/)).toContain('<script type="module" src="http://localhost:8787/cdn/v0.1.0/widgets.js"');
    expect(snippet(/Script tag/)).toContain('integrity="sha384-abc"');

    await userEvent.type(screen.getByLabelText('Partner name'), 'unite-london');
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'cy');
    await userEvent.selectOptions(screen.getByLabelText('Theme'), 'dark');
    await userEvent.type(screen.getByLabelText('Party code'), 'lab');
    await userEvent.click(screen.getByLabelText('Send a message of solidarity'));
    await el.updateComplete;

    expect(finder()?.getAttribute('partner')).toBe('unite-london');
    expect(finder()?.getAttribute('lang')).toBe('cy');
    expect(finder()?.getAttribute('theme')).toBe('dark');
    expect(finder()?.getAttribute('party')).toBe('lab');
    const sender = el.querySelector('send-solidarity');
    expect(sender?.getAttribute('partner')).toBe('unite-london');
    expect(sender?.hasAttribute('party')).toBe(false);
    // The preview widgets are live: the finder speaks Welsh.
    await expect.poll(() => finder()?.shadowRoot?.textContent ?? '').toMatch(/cod post/i);

    const script = snippet(/Script tag/);
    expect(script).toContain('data-partner="unite-london"');
    expect(script).toContain('data-lang="cy"');
    expect(script).toContain('data-theme="dark"');
    expect(script).toContain('<find-your-constituency party="lab"></find-your-constituency>\n<send-solidarity></send-solidarity>');
    expect(snippet(/iframe/i)).toContain('http://localhost:8787/embed/send-solidarity?partner=unite-london&amp;lang=cy&amp;theme=dark');
    expect(snippet(/WordPress/)).toBe(
      '[solidarity_widget name="find-your-constituency" partner="unite-london" lang="cy" theme="dark" party="lab"]\n[solidarity_widget name="send-solidarity" partner="unite-london" lang="cy" theme="dark"]',
    );
    expect(snippet(/npm/i)).toContain("setPageDefaults({ apiBase: 'http://localhost:8787', partner: 'unite-london', lang: 'cy', theme: 'dark' });");
  });

  it('the election campaigned for reaches the finder and the pledge (preview and every snippet), not the other widgets', async () => {
    const { el, screen, snippet } = await mount();
    const date = screen.getByLabelText('Polling day') as HTMLInputElement;
    expect(date.disabled).toBe(true); // no election chosen yet
    await userEvent.click(screen.getByLabelText('Pledge to vote'));
    await userEvent.click(screen.getByLabelText('Send a message of solidarity'));
    await userEvent.selectOptions(screen.getByLabelText('Election'), 'general');
    await el.updateComplete;
    date.value = '2029-05-03';
    date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;

    for (const tag of ['find-your-constituency', 'pledge-to-vote']) {
      expect(el.querySelector(tag)?.getAttribute('election-type'), tag).toBe('general');
      expect(el.querySelector(tag)?.getAttribute('election-date'), tag).toBe('2029-05-03');
    }
    expect(el.querySelector('send-solidarity')?.hasAttribute('election-type')).toBe(false);
    expect(snippet(/Script tag/)).toContain('<pledge-to-vote election-type="general" election-date="2029-05-03"></pledge-to-vote>');
    expect(snippet(/Script tag/)).toContain('<send-solidarity></send-solidarity>');
    expect(snippet(/iframe/i)).toContain('/embed/pledge-to-vote?election-type=general&amp;election-date=2029-05-03');
    expect(snippet(/WordPress/)).toContain('[solidarity_widget name="pledge-to-vote" election-type="general" election-date="2029-05-03"]');
    // Without a partner the live pledge says it is not set up (pledges are recorded for a partner); with one, it
    // shows that election's polling day.
    const pledge = el.querySelector('pledge-to-vote') as HTMLElement;
    await expect.poll(() => pledge.shadowRoot?.textContent ?? '').toMatch(/not finished setting up pledges/);
    await userEvent.type(screen.getByLabelText('Partner name'), 'unite-london');
    await el.updateComplete;
    await expect.poll(() => pledge.shadowRoot?.textContent ?? '').toMatch(/2029/);
  });

  it('a colour reaches the preview widgets and the snippets; an invalid partner is explained and left out', async () => {
    const { el, screen, snippet } = await mount();
    const colour = screen.getByLabelText(/Buttons and accents/) as HTMLInputElement;
    colour.value = '#7a0019';
    colour.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const finder = el.querySelector('find-your-constituency') as HTMLElement;
    const button = within(finder.shadowRoot as unknown as HTMLElement).getByRole('button', { name: 'Find' });
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(122, 0, 25)');
    expect(snippet(/Script tag/)).toContain('<style>\nfind-your-constituency {\n  --sw-color-primary: #7a0019;\n}\n</style>');
    expect(snippet(/iframe/i)).toContain('--sw-color-primary=%237a0019');

    await userEvent.type(screen.getByLabelText('Partner name'), 'Unite London');
    await el.updateComplete;
    expect(screen.getByLabelText('Partner name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Use only lower case letters/)).toBeTruthy();
    expect(snippet(/Script tag/)).not.toContain('data-partner');
  });

  it('works with the keyboard alone, is clean for axe and fits a 360 px phone', async () => {
    await page.viewport(360, 740);
    const { el, root, screen } = await mount();
    const first = screen.getByLabelText('Find your constituency');
    first.focus();
    await userEvent.keyboard('{Tab}');
    expect(root.querySelector(':focus')?.id ?? el.shadowRoot?.activeElement?.id).toBe('w-sign-up-to-canvass');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(el.querySelector('sign-up-to-canvass')).not.toBeNull();
    const results = await axe.run(root as unknown as Element, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(360);
  });
});
