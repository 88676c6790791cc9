import { html, nothing, svg, type TemplateResult } from 'lit';
import { hexLayout } from './hexmap-layout.js';

export interface HexMapLabels {
  /** Accessible name of the picture (the text list next to it is the full equivalent). */
  label: string;
  home: string;
  marginal: string;
}

/** Hex radius in SVG units; a pointy-top hex is √3·s wide and 2·s tall. */
const S = 10;
const W = Math.sqrt(3) * S;
const PAD = 2;

/**
 * A small hex map (Open Innovations layout) cropped around the home seat and its nearby marginals,
 * each hex a path with a class the styles colour. Lazy chunk: loaded only with `show-map`.
 */
export function renderHexMap(homeCode: string, marginalCodes: readonly string[], labels: HexMapLabels): TemplateResult | typeof nothing {
  const layout = hexLayout();
  const home = layout.get(homeCode);
  if (!home) return nothing;
  const marginal = new Set(marginalCodes);
  const focus = [home, ...marginalCodes.map((c) => layout.get(c)).filter((h) => h !== undefined)];
  const minQ = Math.min(...focus.map((h) => h.q)) - PAD;
  const maxQ = Math.max(...focus.map((h) => h.q)) + PAD;
  const minR = Math.min(...focus.map((h) => h.r)) - PAD;
  const maxR = Math.max(...focus.map((h) => h.r)) + PAD;
  // "odd-r": odd rows are shifted right by half a hex; rows count upwards (north), SVG's y counts down.
  const half = (W / 2).toFixed(2);
  const hexes: TemplateResult[] = [];
  for (const [code, { q, r }] of layout) {
    if (q < minQ || q > maxQ || r < minR || r > maxR) continue;
    const cls = code === homeCode ? 'home' : marginal.has(code) ? 'marginal' : '';
    const x = ((q - minQ + 0.5 + (Math.abs(r) % 2) / 2) * W).toFixed(1);
    const y = (maxR - r) * 1.5 * S;
    hexes.push(svg`<path class=${cls} d="M${x} ${y}l${half} ${S / 2}v${S}l-${half} ${S / 2}l-${half} -${S / 2}v-${S}z"></path>`);
  }
  const width = ((maxQ - minQ + 1.5) * W).toFixed(1);
  const height = (maxR - minR) * 1.5 * S + 2 * S;
  return html`<figure part="map" class="map">
    <svg role="img" aria-label=${labels.label} viewBox="0 0 ${width} ${height}" focusable="false">${hexes}</svg>
    <figcaption class="legend" aria-hidden="true">
      <span><i class="swatch home"></i>${labels.home}</span>
      <span><i class="swatch marginal"></i>${labels.marginal}</span>
    </figcaption>
  </figure>`;
}
