import './test-support.js';
import { describe, expect, it } from 'vitest';
import { hexLayout, loadElectoralData } from './index.js';

describe('hexLayout', () => {
  it('places every one of the 650 seats on a distinct hex of an odd-r grid', () => {
    const { layout, hexes } = hexLayout();
    expect(layout).toBe('odd-r');
    const codes = Object.keys(hexes);
    expect(codes.sort()).toEqual(loadElectoralData().constituencies.map((c) => c.code).sort());
    const cells = new Set(Object.values(hexes).map(({ q, r }) => `${q},${r}`));
    expect(cells.size).toBe(650);
    expect(hexLayout()).toBe(hexLayout());
  });
});
