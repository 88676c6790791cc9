// The hex map (issue 13 §3), in real Chromium against the SDK's mock: names, keyboard, tooltip, choosing a hex, zoom,
// party colours with a non-colour cue, and axe.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { waitFor, within } from '@testing-library/dom';
import axe from 'axe-core';
import { createMockHandlers, mockState } from '@solidarity-widgets/sdk/mock';
import type { ConstituencyFoundDetail } from './events.js';
import { shadowQueries } from '../testing/shadow-queries.js';
import './find-your-constituency.js';

const API = 'http://localhost:8787';
const LEWISHAM_EAST = 'E14001331';
const BROMLEY = 'E14001137';
const worker = setupWorker();
let inFlight = 0;

beforeAll(async () => {
  await worker.start({ onUnhandledRequest: 'error', quiet: true });
  worker.events.on('request:start', ({ request }) => void (request.url.startsWith(API) && (inFlight += 1)));
  worker.events.on('request:end', ({ request }) => void (request.url.startsWith(API) && (inFlight -= 1)));
});
afterAll(() => worker.stop());
beforeEach(() => worker.resetHandlers(...createMockHandlers({ baseUrl: API, state: mockState() })));
afterEach(async () => {
  await waitFor(() => expect(inFlight).toBe(0), { timeout: 3000 });
  document.body.replaceChildren();
});

async function mapFor(attrs: string) {
  const host = document.createElement('div');
  host.innerHTML = `<find-your-constituency api-base="${API}" lang="en" show-map postcode="SE6 1AA" ${attrs}></find-your-constituency>`;
  document.body.append(host);
  const el = host.querySelector('find-your-constituency')!;
  const screen = shadowQueries(el);
  const map = await screen.findByRole('group', { name: /^Map of constituencies as hexagons, around Lewisham East\./ }, { timeout: 5000 });
  const root = el.shadowRoot as unknown as HTMLElement;
  const hex = (code: string) => root.querySelector<SVGPathElement>(`path[data-code="${code}"]`)!;
  return { el, screen, map, root, hex };
}

const noAxeViolations = async (root: HTMLElement) =>
  expect((await axe.run(root as unknown as Element, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes[0]?.html}`)).toEqual([]);

describe('<find-your-constituency show-map>', () => {
  it('every hex in the region has a name; the supporter’s seat and the nearby marginals are labelled; one tab stop', async () => {
    const m = await mapFor('');
    const hexes = within(m.map).getAllByRole('button');
    expect(hexes.length).toBeGreaterThan(20);
    expect(hexes.every((h) => (h.getAttribute('aria-label') ?? '').length > 0)).toBe(true);
    // From the mock's 2024 figures: Lab 23,646, Green 5,573 → 18,073 votes (44.5 %).
    expect(m.hex(LEWISHAM_EAST).getAttribute('aria-label')).toBe('Lewisham East: Labour, majority 18,073 votes (44.5%). Your constituency');
    expect(m.hex(BROMLEY).getAttribute('aria-label')).toBe('Bromley and Biggin Hill: Conservative, majority 302 votes (0.6%). Nearby marginal seat');
    expect(hexes.filter((h) => h.getAttribute('tabindex') === '0')).toEqual([m.hex(LEWISHAM_EAST)]);
    const labels = [...m.map.querySelectorAll('text.label')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Lewisham East', 'Bromley and Biggin Hill']));
    await noAxeViolations(m.root);
  });

  it('with the keyboard: Tab reaches the map, focus shows a tooltip, arrow keys move, Enter shows that seat in the finder', async () => {
    const m = await mapFor('');
    // The pointer rests away from the map, so only keyboard focus shows a tooltip here.
    await userEvent.hover(m.screen.getByRole('heading', { name: 'Find your constituency' }));
    // From the Find button, one Tab reaches the map (its one tab stop: the supporter's seat), the next leaves it.
    m.screen.getByRole('button', { name: 'Find' }).focus();
    await userEvent.tab();
    expect((m.root as unknown as ShadowRoot).activeElement).toBe(m.hex(LEWISHAM_EAST));
    expect((await m.screen.findByRole('tooltip')).textContent).toContain('Lewisham East: Labour, majority 18,073 votes');
    await userEvent.tab();
    expect((m.root as unknown as ShadowRoot).activeElement).toBe(m.screen.getByRole('button', { name: 'Show the whole map' }));
    await waitFor(() => expect(m.screen.queryByRole('tooltip')).toBeNull());
    m.hex(LEWISHAM_EAST).focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect((m.root as unknown as ShadowRoot).activeElement).toBe(m.hex(BROMLEY)));
    expect(m.screen.getByRole('tooltip').textContent).toContain('Bromley and Biggin Hill: Conservative, majority 302 votes');
    expect(m.hex(BROMLEY).getAttribute('tabindex')).toBe('0');
    expect(m.hex(LEWISHAM_EAST).getAttribute('tabindex')).toBe('-1');
    const found = new Promise<ConstituencyFoundDetail>((resolve) => m.el.addEventListener('constituency-found', (e) => resolve(e.detail), { once: true }));
    await userEvent.keyboard('{Enter}');
    await m.screen.findByRole('heading', { name: 'Your constituency is Bromley and Biggin Hill' });
    expect((await found).code).toBe(BROMLEY);
    // Focus went to the new answer, as for any chosen seat.
    await waitFor(() => expect((m.root as unknown as ShadowRoot).activeElement?.id).toBe('result-heading'));
  });

  it('a tooltip on hover; a click shows that seat', async () => {
    const m = await mapFor('');
    await userEvent.hover(m.hex(BROMLEY));
    expect((await m.screen.findByRole('tooltip')).textContent).toContain('Bromley and Biggin Hill');
    // Keyboard focus wins over a resting pointer, and the hovered seat's tooltip comes back when focus leaves.
    m.hex(LEWISHAM_EAST).focus();
    await waitFor(() => expect(m.screen.getByRole('tooltip').textContent).toContain('Lewisham East'));
    m.screen.getByRole('button', { name: 'Find' }).focus();
    await waitFor(() => expect(m.screen.getByRole('tooltip').textContent).toContain('Bromley and Biggin Hill'));
    await userEvent.unhover(m.hex(BROMLEY));
    await waitFor(() => expect(m.screen.queryByRole('tooltip')).toBeNull());
    await userEvent.click(m.hex(BROMLEY));
    await m.screen.findByRole('heading', { name: 'Your constituency is Bromley and Biggin Hill' });
  });

  it('zooms to the supporter’s region, with a control to see the whole map and back', async () => {
    const m = await mapFor('');
    const inRegion = within(m.map).getAllByRole('button').length;
    await userEvent.click(m.screen.getByRole('button', { name: 'Show the whole map' }));
    const whole = await m.screen.findByRole('group', { name: /^Map of all constituencies as hexagons\./ });
    expect(within(whole).getAllByRole('button')).toHaveLength(650);
    await userEvent.click(m.screen.getByRole('button', { name: 'Zoom to your area' }));
    await waitFor(() => expect(within(m.screen.getByRole('group', { name: /around Lewisham East/ })).getAllByRole('button')).toHaveLength(inRegion));
  });

  it('no two names on the map overlap, as drawn in the browser; the supporter’s own seat is always named', async () => {
    // Westminster's neighbours have long names close together: centred under each hex, they ran into each other.
    for (const postcode of ['SW1A 1AA', 'SE6 1AA']) {
      const host = document.createElement('div');
      host.innerHTML = `<find-your-constituency api-base="${API}" lang="en" show-map postcode="${postcode}"></find-your-constituency>`;
      document.body.append(host);
      const el = host.querySelector('find-your-constituency')!;
      const map = await shadowQueries(el).findByRole('group', { name: /^Map of constituencies as hexagons, around / }, { timeout: 5000 });
      const labels = [...map.querySelectorAll<SVGTextElement>('text.label')];
      expect(labels.length).toBeGreaterThan(1);
      expect(labels.find((l) => l.classList.contains('home'))?.textContent).toBeTruthy();
      const boxes = labels.map((l) => ({ name: l.textContent, box: l.getBBox() }));
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height;
          expect(overlap, `${postcode}: "${a.name}" and "${b.name}" overlap`).toBe(false);
        }
      }
      host.remove();
    }
  });

  it('party="lab": the seats to win and hold are labelled on the map and named as such', async () => {
    const m = await mapFor('party="lab"');
    await waitFor(() => expect(m.hex(BROMLEY).getAttribute('class')).toContain('win'));
    expect(m.hex(BROMLEY).getAttribute('aria-label')).toBe(
      'Bromley and Biggin Hill: Conservative, majority 302 votes (0.6%). Seat to win. A swing of 0.3 points changes it',
    );
    expect([...m.map.querySelectorAll('text.label')].map((t) => t.textContent)).toContain('Bromley and Biggin Hill');
    expect(m.root.querySelector('figcaption')?.textContent).toMatch(/Seat to win.*Seat to hold/);
  });

  it('map-colours="party": each seat coloured by its MP’s party and marked with a letter too; axe finds nothing', async () => {
    const m = await mapFor('map-colours="party"');
    expect(m.hex(LEWISHAM_EAST).getAttribute('class')).toContain('p-Lab');
    expect(m.hex(BROMLEY).getAttribute('class')).toContain('p-Con');
    const letterOf = (code: string) => {
      const path = m.hex(code);
      return path.nextElementSibling?.localName === 'text' ? path.nextElementSibling.textContent : undefined;
    };
    expect(letterOf(LEWISHAM_EAST)).toBe('L');
    expect(letterOf(BROMLEY)).toBe('C');
    expect(m.root.querySelector('.party-key')?.textContent).toMatch(/L\s*Labour.*C\s*Conservative/);
    await noAxeViolations(m.root);
  });
});
