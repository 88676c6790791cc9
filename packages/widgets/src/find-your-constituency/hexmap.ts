import { css, html, nothing, svg, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ConstituencySummary, PartyTargets } from '@solidarity-widgets/contract';
import type { ApiClient } from '../core/client.js';
import { formatNumber, translate } from '../core/i18n/localize.js';
import { hexLayout } from './hexmap-layout.js';
import { points, targetsText } from './targets.js';

/** What the map needs from the element: its client, its language and a re-render. */
export interface MapHost extends ReactiveControllerHost {
  readonly api: ApiClient;
  readonly language: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface MapInput {
  /** The supporter's seat. */
  home: ConstituencySummary;
  /** Nearby marginal seats (the neutral list), by code. */
  marginals: readonly string[];
  /** With a partner's `party`: its seats to win and hold (labelled on the map). */
  targets?: PartyTargets | undefined;
  /** `party`: colour each seat by its MP's party (with a letter in each hex); otherwise only highlights. */
  colours?: string | undefined;
}

/** Hex radius in SVG units; a pointy-top hex is √3·s wide and 2·s tall. */
const S = 10;
const W = Math.sqrt(3) * S;
/** Hexes of margin around the supporter's region. */
const PAD = 2;

/** The letter(s) shown in a hex when colours show parties: the non-colour cue (WCAG 1.4.1). */
const LETTERS: Record<string, string> = {
  Lab: 'L', Con: 'C', LD: 'LD', Reform: 'R', Green: 'G', SNP: 'S', PC: 'P', SF: 'SF', DUP: 'D', SDLP: 'SD', Alliance: 'A',
  UUP: 'U', TUV: 'T', Ind: 'I', Spk: 'Sp', YP: 'Y', RB: 'RB',
};
const COLOURED = new Set(['Lab', 'Con', 'LD', 'Reform', 'Green', 'SNP', 'PC', 'SF', 'DUP', 'Ind']);

interface Hex {
  code: string;
  q: number;
  r: number;
  x: number;
  y: number;
}

/** Centre of a hex in the "odd-r" layout (odd rows shifted right by half a hex; rows count north, SVG's y down). */
function place(code: string, q: number, r: number): Hex {
  return { code, q, r, x: (q + 0.5 + (Math.abs(r) % 2) / 2) * W, y: -r * 1.5 * S };
}

let all: Hex[] | undefined;
const hexes = (): Hex[] => (all ??= [...hexLayout()].map(([code, { q, r }]) => place(code, q, r)));

/** Every seat's summary (name, MP's party, majority), fetched once per client for every map on the page. */
const summaries = new WeakMap<ApiClient, Promise<Map<string, ConstituencySummary>>>();
function seatsFor(api: ApiClient): Promise<Map<string, ConstituencySummary>> {
  let seats = summaries.get(api);
  if (!seats) {
    seats = api.listConstituencies().then((list) => new Map(list.constituencies.map((c) => [c.code, c])));
    seats.catch(() => summaries.delete(api));
    summaries.set(api, seats);
  }
  return seats;
}

/** The hex to move to from `from` with an arrow key, among `shown`: same row for left/right, the nearest row above or below otherwise. */
/** A label's font size (the `.label` rule) and a generous average glyph width for its bold text, in map units. */
const LABEL_SIZE = 6;
const GLYPH = 0.62 * LABEL_SIZE;

type Placed = { hex: Hex; name: string; x: number; y: number; anchor: 'middle' | 'start' | 'end' };
type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * Puts each name below, above, right or left of its hex, where it covers no name placed before it (the list's order:
 * the supporter's seat first) and not the supporter's seat. Preferred: inside the map and over no other highlighted
 * hex; then outside the map (which grows to show it: see `extent`); then over a highlighted hex. A name with no free
 * place is left off: the list above the map names every one of them, and each hex has its name as its accessible
 * name and tooltip.
 */
function placeLabels(list: readonly { hex: Hex; name: string }[], bounds: { x0: number; x1: number }): (Placed & { box: Box })[] {
  const hexes = list.map(({ hex }) => ({ hex, x0: hex.x - W / 2, y0: hex.y - S, x1: hex.x + W / 2, y1: hex.y + S }));
  const out: (Placed & { box: Box })[] = [];
  const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  for (const { hex, name } of list) {
    if (!name) continue;
    const width = name.length * GLYPH;
    const candidates = ([
      [hex.x, hex.y + S + 4, 'middle'],
      [hex.x, hex.y - S - 1.5, 'middle'],
      [hex.x + W / 2 + 1, hex.y + 2, 'start'],
      [hex.x - W / 2 - 1, hex.y + 2, 'end'],
    ] as const).map(([x, y, anchor]) => {
      const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'start' ? x : x - width;
      return { hex, name, x, y, anchor, box: { x0, y0: y - LABEL_SIZE, x1: x0 + width, y1: y + 1.5 } };
    });
    // Never over the supporter's own seat (the first hex): a name there would seem to be its name.
    const free = candidates.filter((c) => !out.some((t) => overlaps(c.box, t.box)) && (hex === list[0]?.hex || !overlaps(c.box, hexes[0]!)));
    const clear = (c: (typeof free)[number]) => !hexes.some((h) => h.hex !== hex && overlaps(c.box, h));
    const inside = (c: (typeof free)[number]) => c.box.x0 >= bounds.x0 && c.box.x1 <= bounds.x1;
    const chosen = free.find((c) => inside(c) && clear(c)) ?? free.find(clear) ?? free.find(inside);
    if (chosen) out.push(chosen);
  }
  return out;
}

/** The view box grown to show every placed name whole. */
function extent(view: readonly [number, number, number, number], boxes: readonly Box[]): [number, number, number, number] {
  const [x, y, w, h] = view;
  const x0 = Math.min(x, ...boxes.map((b) => b.x0 - 1));
  const y0 = Math.min(y, ...boxes.map((b) => b.y0 - 1));
  const x1 = Math.max(x + w, ...boxes.map((b) => b.x1 + 1));
  const y1 = Math.max(y + h, ...boxes.map((b) => b.y1 + 1));
  return [x0, y0, x1 - x0, y1 - y0];
}

export function neighbour(shown: readonly Hex[], from: Hex, key: string): Hex | undefined {
  let best: Hex | undefined;
  let bestScore = Infinity;
  for (const h of shown) {
    let score: number;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const dx = key === 'ArrowLeft' ? from.x - h.x : h.x - from.x;
      if (h.r !== from.r || dx <= 0) continue;
      score = dx;
    } else if (key === 'ArrowUp' || key === 'ArrowDown') {
      const dr = key === 'ArrowUp' ? h.r - from.r : from.r - h.r;
      if (dr <= 0) continue;
      // The nearest row first, then the nearest hex across.
      score = dr * 1e4 + Math.abs(h.x - from.x);
    } else return undefined;
    if (score < bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best;
}

/**
 * The hex map (Open Innovations layout), a lazy chunk loaded only with `show-map`. Every seat is a hex a person can
 * reach: one tab stop (roving tabindex), arrow keys move between hexes, each has an accessible name ("Hendon: Labour,
 * majority 15 votes (0.04%)") and a tooltip on hover and on keyboard focus, Enter or a click shows that seat in the
 * finder. It starts zoomed to the supporter's region (their seat and the highlighted ones, labelled by name) with a
 * control to see the whole map. `map-colours="party"` colours seats by their MP's party, always with a letter in the
 * hex as well. The list above the map stays the text equivalent.
 */
export class HexMapController {
  private seats: Map<string, ConstituencySummary> | 'loading' | 'error' | undefined;
  private whole = false;
  private active: string | undefined;
  /** The hex with keyboard focus and the hex under the pointer: the tooltip follows focus first, so a resting mouse never hides it. */
  private focused: string | undefined;
  private hovered: string | undefined;
  private homeCode: string | undefined;

  constructor(
    private readonly host: MapHost,
    private readonly pick: (seat: ConstituencySummary) => void,
  ) {
    // Constructable style sheets are allowed under a strict CSP (no inline <style>); the main chunk carries none of these.
    const root = host.renderRoot;
    if (root instanceof ShadowRoot && mapStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapStyles.styleSheet];
  }

  private load(): void {
    this.seats = 'loading';
    seatsFor(this.host.api).then(
      (seats) => (this.seats = seats),
      () => (this.seats = 'error'),
    ).finally(() => this.host.requestUpdate());
  }

  render(input: MapInput): TemplateResult | typeof nothing {
    const language = this.host.language;
    const { t, tCount } = targetsText(this.host, language);
    if (this.seats === undefined) this.load();
    const seats = this.seats;
    if (seats === 'error') {
      return html`<div part="error" class="chunk-error">
        <p class="error">${t('map.error')}</p>
        <button class="secondary" type="button" @click=${() => this.load()}>${translate(language, 'common.retry')}</button>
      </div>`;
    }
    if (!(seats instanceof Map)) return html`<p class="muted">${t('map.loading')}</p>`;

    const { home, targets } = input;
    // A new seat shown: back to its region, focus starting on it.
    if (this.homeCode !== home.code) {
      this.homeCode = home.code;
      this.active = home.code;
      this.whole = false;
      this.focused = this.hovered = undefined;
    }
    const kind = new Map<string, 'win' | 'hold' | 'marginal'>();
    if (targets) {
      for (const x of targets.win) kind.set(x.constituency.code, 'win');
      for (const x of targets.hold) kind.set(x.constituency.code, 'hold');
    } else for (const code of input.marginals) kind.set(code, 'marginal');
    const swings = new Map(targets ? [...targets.win, ...targets.hold].map((x) => [x.constituency.code, x.swingNeeded]) : []);
    const byParty = input.colours === 'party';

    const every = hexes();
    const homeHex = every.find((h) => h.code === home.code);
    if (!homeHex) return nothing;
    const focus = [homeHex, ...every.filter((h) => kind.has(h.code))];
    const box = (list: readonly Hex[], pad: number) => {
      const xs = list.map((h) => h.x);
      const ys = list.map((h) => h.y);
      const minX = Math.min(...xs) - pad * W;
      const minY = Math.min(...ys) - pad * 1.5 * S - S;
      return [minX, minY, Math.max(...xs) + pad * W - minX, Math.max(...ys) + pad * 1.5 * S + S - minY];
    };
    const [bx, by, bw, bh] = this.whole ? box(every, 0.5) : box(focus, PAD);
    const shown = this.whole ? every : every.filter((h) => h.x >= bx! && h.x <= bx! + bw! && h.y >= by! && h.y <= by! + bh!);
    if (!shown.some((h) => h.code === this.active)) this.active = home.code;

    const pct = (fraction: number) => {
      const percent = fraction * 100;
      return formatNumber(language, percent, percent > 0 && percent < 0.1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 });
    };
    const describe = (code: string): string => {
      const seat = seats.get(code);
      if (!seat) return code;
      const params = { name: seat.name, party: seat.mp.partyName, percent: pct(seat.majorityPct) };
      const facts = seat.majority === undefined ? t('map.hex', params) : tCount('map.hexVotes', seat.majority, params);
      const role = code === home.code ? t('map.you') : kind.get(code);
      const swing = swings.get(code);
      const extra = role === 'win' || role === 'hold' || role === 'marginal' ? t(`map.${role}`) : role;
      return [facts, extra, swing === undefined ? undefined : t('map.swing', { swing: points(language, swing) })].filter(Boolean).join('. ');
    };

    const onKey = (event: KeyboardEvent, hex: Hex) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const seat = seats.get(hex.code);
        if (seat) this.pick(seat);
        return;
      }
      const next = neighbour(shown, hex, event.key);
      if (!next) return;
      event.preventDefault();
      this.active = next.code;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() =>
        (this.host.renderRoot as ShadowRoot).querySelector<SVGElement>(`[data-code="${next.code}"]`)?.focus(),
      );
    };
    const showTip = (which: 'focused' | 'hovered', code: string | undefined) => {
      if (this[which] === code) return;
      this[which] = code;
      this.host.requestUpdate();
    };

    const paths = shown.map((h) => {
      const seat = seats.get(h.code);
      const party = seat?.mp.party ?? '';
      const role = h.code === home.code ? 'home' : (kind.get(h.code) ?? '');
      const cls = `${role}${byParty ? ` p-${COLOURED.has(party) ? party : 'other'}` : ''}`;
      const half = W / 2;
      return svg`<path class=${cls} data-code=${h.code} role="button" tabindex=${h.code === this.active ? 0 : -1}
          aria-label=${describe(h.code)}
          d="M${h.x.toFixed(1)} ${h.y - S}l${half.toFixed(2)} ${S / 2}v${S}l-${half.toFixed(2)} ${S / 2}l-${half.toFixed(2)} -${S / 2}v-${S}z"
          @click=${() => seat && this.pick(seat)}
          @keydown=${(e: KeyboardEvent) => onKey(e, h)}
          @focus=${() => { this.active = h.code; showTip('focused', h.code); }}
          @blur=${() => showTip('focused', undefined)}
          @pointerenter=${() => showTip('hovered', h.code)}
          @pointerleave=${() => showTip('hovered', undefined)}></path>${byParty
            ? svg`<text class="letter" x=${h.x.toFixed(1)} y=${(h.y + 2.5).toFixed(1)} aria-hidden="true">${LETTERS[party] ?? '•'}</text>`
            : nothing}`;
    });
    // Names of the supporter's seat and the highlighted ones (only in the region: the whole map has no room), each
    // where it overlaps no other: neighbouring seats' names, centred under each hex, ran into each other.
    const placed = this.whole ? [] : placeLabels(focus.map((h) => ({ hex: h, name: seats.get(h.code)?.name ?? '' })), { x0: bx!, x1: bx! + bw! });
    const labels = placed.map(
      ({ hex: h, name, x, y, anchor }) =>
        svg`<text class="label ${h.code === home.code ? 'home' : ''}" x=${x.toFixed(1)} y=${y.toFixed(1)} text-anchor=${anchor} aria-hidden="true">${name}</text>`,
    );
    const [vx, vy, vw, vh] = extent([bx!, by!, bw!, bh!], placed.map((p) => p.box));

    const tipCode = this.focused ?? this.hovered;
    const tipHex = tipCode === undefined ? undefined : shown.find((h) => h.code === tipCode);
    const tip = tipHex
      ? html`<div part="map-tooltip" class="tip" role="tooltip" id="hex-tip"
          style=${styleMap({ left: `${(((tipHex.x - vx) / vw) * 100).toFixed(1)}%`, top: `${(((tipHex.y - vy) / vh) * 100).toFixed(1)}%` })}>${describe(tipHex.code)}</div>`
      : nothing;

    const legend = [
      html`<span><i class="swatch home"></i>${t('map.you')}</span>`,
      ...(targets
        ? [html`<span><i class="swatch win"></i>${t('map.win')}</span>`, html`<span><i class="swatch hold"></i>${t('map.hold')}</span>`]
        : [html`<span><i class="swatch marginal"></i>${t('map.marginal')}</span>`]),
    ];
    const partyKey = byParty
      ? html`<p class="legend party-key">${t('map.partyKey')} ${[...COLOURED].map(
          (p) => html`<span><i class="swatch p-${p}">${LETTERS[p]}</i>${[...seats.values()].find((s) => s.mp.party === p)?.mp.partyName ?? p}</span>`,
        )}<span><i class="swatch p-other">•</i>${t('map.other')}</span></p>`
      : nothing;

    return html`<figure part="map" class="map ${byParty ? 'by-party' : ''}">
      <div class="frame">
        <svg role="group" aria-label=${this.whole ? t('map.labelAll') : t('map.label', { name: home.name })}
          viewBox="${vx.toFixed(1)} ${vy.toFixed(1)} ${vw.toFixed(1)} ${vh.toFixed(1)}">${paths}${labels}</svg>
        ${tip}
      </div>
      <figcaption class="legend" aria-hidden="true">${legend}</figcaption>
      ${partyKey}
      <button part="map-zoom" class="secondary" type="button" @click=${() => {
        this.whole = !this.whole;
        this.focused = this.hovered = undefined;
        this.host.requestUpdate();
      }}>${this.whole ? t('map.showArea') : t('map.showAll')}</button>
    </figure>`;
  }
}

export const mapStyles: CSSResult = css`
  .map { margin: 0 0 var(--_space); }
  .map .frame { position: relative; max-inline-size: 24rem; }
  .map svg { display: block; inline-size: 100%; block-size: auto; max-block-size: 28rem; overflow: visible; }
  .map path { fill: var(--_map); stroke: var(--_surface); stroke-width: 1; cursor: pointer; }
  .map path:focus { outline: none; }
  /* Focus and hover: a thick outline in the focus colour, never colour alone. */
  .map path:focus-visible, .map path:hover { stroke: var(--_focus); stroke-width: 2.5; }
  .map path.home, .swatch.home { fill: var(--_primary); background: var(--_primary); }
  .map path.marginal, .map path.win, .map path.hold, .swatch.marginal, .swatch.win, .swatch.hold { fill: var(--_marginal); background: var(--_marginal); }
  /* Seats to hold: the same colour as seats to win, told apart by a dashed outline and their names. */
  .map path.hold { stroke: var(--sw-color-text, #1a1a1a); stroke-width: 1.5; stroke-dasharray: 3 2; }
  .swatch.hold { outline: 2px dashed var(--sw-color-text, #1a1a1a); outline-offset: -2px; }
  .map path.home { stroke: var(--sw-color-text, #1a1a1a); stroke-width: 2; }
  .map .label { font-size: 6px; font-weight: 700; fill: var(--sw-color-text, #1a1a1a); paint-order: stroke; stroke: var(--_surface); stroke-width: 2px; pointer-events: none; }
  .map .letter { font-size: 6px; font-weight: 700; fill: #111; text-anchor: middle; pointer-events: none; }
  /* Party tints light enough for dark letters (contrast well over 4.5:1); the letter is the non-colour cue. */
  .by-party path.p-Lab, .swatch.p-Lab { fill: #f7b6c2; background: #f7b6c2; }
  .by-party path.p-Con, .swatch.p-Con { fill: #a9cdf0; background: #a9cdf0; }
  .by-party path.p-LD, .swatch.p-LD { fill: #fdd08a; background: #fdd08a; }
  .by-party path.p-Reform, .swatch.p-Reform { fill: #9fe3ee; background: #9fe3ee; }
  .by-party path.p-Green, .swatch.p-Green { fill: #b6e2a1; background: #b6e2a1; }
  .by-party path.p-SNP, .swatch.p-SNP { fill: #fff29a; background: #fff29a; }
  .by-party path.p-PC, .swatch.p-PC { fill: #9fe0c4; background: #9fe0c4; }
  .by-party path.p-SF, .swatch.p-SF { fill: #c8e6a0; background: #c8e6a0; }
  .by-party path.p-DUP, .swatch.p-DUP { fill: #f0c0a8; background: #f0c0a8; }
  .by-party path.p-Ind, .swatch.p-Ind { fill: #dcdcdc; background: #dcdcdc; }
  .by-party path.p-other, .swatch.p-other { fill: #e6dcf0; background: #e6dcf0; }
  /* In party colours the supporter's seat and the targets keep their outlines (solid, thick; dashed for hold). */
  .by-party path.home { stroke-width: 3; }
  .by-party path.win, .by-party path.marginal { stroke: var(--sw-color-text, #1a1a1a); stroke-width: 2; }
  .swatch[class*='p-'] { color: #111; font-style: normal; font-size: 0.7em; font-weight: 700; text-align: center; line-height: 1.3; inline-size: 1.6em; block-size: 1.3em; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25em 1em; font-size: 0.85em; color: var(--_muted); margin: 0.25em 0; }
  .swatch { display: inline-block; inline-size: 0.9em; block-size: 0.9em; border-radius: 2px; margin-inline-end: 0.35em; vertical-align: -0.1em; }
  .tip {
    position: absolute; transform: translate(-50%, calc(-100% - 12px)); z-index: 1; pointer-events: none;
    background: var(--sw-color-text, #1a1a1a); color: var(--_surface); padding: 0.25em 0.5em; border-radius: var(--sw-radius, 4px);
    font-size: 0.85em; inline-size: max-content; max-inline-size: 16rem;
  }
  [part~='map-zoom'] { margin-top: 0.25em; }
  /* Motion only for people who have not asked their system for less. */
  @media (prefers-reduced-motion: no-preference) {
    .map path { transition: stroke-width 120ms ease-out; }
    .tip { animation: tip-in 120ms ease-out; }
    @keyframes tip-in { from { opacity: 0; } }
  }
  @media (forced-colors: active) {
    .map path { fill: Canvas; stroke: CanvasText; }
    .map path.home, .map path.win, .map path.hold, .map path.marginal { fill: Highlight; }
    .map .letter, .map .label { fill: CanvasText; }
  }
`;
