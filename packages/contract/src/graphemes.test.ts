import { describe, expect, it } from 'vitest';
import { graphemeCount } from './graphemes.js';

const segmented = (text: string): number => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;

describe('graphemeCount', () => {
  it('counts printable ASCII (the quick path) exactly as the segmenter does', () => {
    let all = '';
    for (let c = 0x20; c <= 0x7e; c++) all += String.fromCharCode(c);
    for (const text of ['', 'Kwame Mensah', all, `${all}${all}`]) expect(graphemeCount(text)).toBe(segmented(text));
  });

  it('counts what a person sees everywhere else: CR LF, a raised fist with its skin tone, combining marks', () => {
    expect(graphemeCount('a\r\nb')).toBe(3);
    expect(graphemeCount('Solidarity ✊🏽')).toBe(12);
    expect(graphemeCount('e\u0301')).toBe(1);
    expect(graphemeCount('Łódź\tand\u00a0more')).toBe(segmented('Łódź\tand\u00a0more'));
  });
});
