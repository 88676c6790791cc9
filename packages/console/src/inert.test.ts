import { describe, expect, it } from 'vitest';
import { inert } from './inert.js';

describe('a message shown to a moderator', () => {
  it('shows terminal escapes, bidi overrides and separators as visible \\u codes, and keeps line breaks', () => {
    expect(inert('Hello\u001b[2K<script>\u202eevil')).toBe('Hello\\u001b[2K<script>\\u202eevil');
    expect(inert('one\r\ntwo\nthree\rfour')).toBe('one\ntwo\nthree\\u000dfour');
    expect(inert('tab\there \u2066iso\u2069 \u2028')).toBe('tab\\u0009here \\u2066iso\\u2069 \\u2028');
  });

  it('leaves ordinary text in any script alone', () => {
    const text = 'Solidarność! تضامن 🤝 Undod';
    expect(inert(text)).toBe(text);
  });
});
