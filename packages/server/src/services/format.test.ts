import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Hono } from 'hono';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/context.js';
import { csvCell, looksLikeFormula, toCsv } from './csv.js';
import { buildIcs, escapeText, foldLine, icsDate } from './ics.js';
import { canonicalJson } from './ids.js';
import { londonTime } from './seed.js';
import { decodeCursor, encodeCursor, normaliseMessage } from './solidarity.js';

describe('iCalendar helpers', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'ż'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('folds any text (emoji, scripts, lone surrogates) into lines of at most 75 octets that unfold to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'ż', '€', '✊🏽', '\ud800', '\udfff', '𝄞'), fc.constant('x')), maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        // Lone surrogates go out as U+FFFD (3 octets), as the mailer's UTF-8 encoder writes them.
        for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        // Never cut inside a surrogate pair.
        const high = (code: number) => code >= 0xd800 && code <= 0xdbff;
        const low = (code: number) => code >= 0xdc00 && code <= 0xdfff;
        for (let i = 0; i + 1 < parts.length; i++) {
          expect(high(parts[i]!.charCodeAt(parts[i]!.length - 1)) && low(parts[i + 1]!.charCodeAt(1))).toBe(false);
        }
      }),
    );
  });

  it('folds without encoding each character on its own (it runs for every sign-up)', () => {
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    try {
      const folded = foldLine(`DESCRIPTION:${'Organiser: Hendon CLP (organiser@example.org)\\nAccessibility: step-free ż '.repeat(20)}`);
      expect(folded.split('\r\n').length).toBeGreaterThan(10);
      expect(encode).not.toHaveBeenCalled();
    } finally {
      encode.mockRestore();
    }
  });

  it('escapes backslash, semicolon, comma and newlines; formats UTC times', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(icsDate(new Date('2026-12-05T10:00:00.123Z'))).toBe('20261205T100000Z');
    const ics = buildIcs({ uid: 'u@x', start: new Date(0), end: new Date(3600_000), summary: 's', location: 'l', description: 'd', stamp: new Date(0) });
    expect(ics).toContain('\r\nDTSTAMP:19700101T000000Z\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('CSV helpers', () => {
  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`'\\u000dx`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=a,"b"')).toBe(`"'=a,""b"""`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('CSV formula neutralising sees through blanks, invisibles and fullwidth forms (issue 11)', () => {
  // fast-check is not installed: every leading blank/invisible × every formula character, and look-alikes that are fine.
  const leading = ['', ' ', '  ', '\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u3000', '\u2003', '\u202f', '\u2060', '\u00ad', '\u200e', '\u202e',
    '\n', '\u00a0\u200b\u3000'];
  const formulas = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20', '\ufe66', '\ufe62', '\ufe63', '\ufe6b'];
  it(`neutralises each of ${leading.length} leading blanks × ${formulas.length} formula characters`, () => {
    const missed: string[] = [];
    for (const lead of leading) {
      for (const f of formulas) {
        const cell = `${lead}${f}HYPERLINK("http://evil.example","x")`;
        // The first character of the cell's content (inside the quotes, if any) must be the neutralising apostrophe.
        if (!csvCell(cell).replace(/^"/, '').startsWith("'")) missed.push(JSON.stringify(`${lead}${f}`));
      }
    }
    expect(missed).toEqual([]);
  });
  it('a tab or CR anywhere among the leading blanks counts; ordinary text, numbers and inner signs do not', () => {
    for (const cell of ['\tx', '\rx', ' \t=1', '\u00a0\r1']) expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(true);
    for (const cell of ['Kasia', ' Kasia', '\u00a0Kasia', 'a=b', 'x+1', 'kasia@example.org', '42', '', '   ', '\u200b', 'مرحبا', '🙂 hi', '\u2212 minus sign', "'=already"]) {
      expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(false);
      expect(csvCell(cell).replace(/^"|"$/g, '').startsWith("'") && !cell.startsWith("'"), JSON.stringify(cell)).toBe(false);
    }
  });
});

describe('CSV cells are inert (issue 11)', () => {
  it('shows escape sequences, lone CRs, C1 controls and bidi overrides as text; keeps line breaks and tabs', () => {
    expect(csvCell('Harmless\r\u001b[2KAbuse')).toBe('Harmless\\u000d\\u001b[2KAbuse');
    expect(csvCell('a\u009b2Kb\u007f')).toBe('a\\u009b2Kb\\u007f');
    expect(csvCell('ali\u202eexe.txt')).toBe('ali\\u202eexe.txt');
    expect(csvCell('\u2066x\u2069 \u200e\u200f\u061c')).toBe('\\u2066x\\u2069 \\u200e\\u200f\\u061c');
    expect(csvCell('line 1\nline 2\r\nline 3\tend')).toBe('"line 1\nline 2\r\nline 3\tend"');
    expect(csvCell('Zażółć 🙂 مرحبا')).toBe('Zażółć 🙂 مرحبا');
    const csv = toCsv(['name'], [['\u001b]0;pwned\u0007Kasia']]);
    expect(csv).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(csv).toBe('\uFEFFname\r\n\\u001b]0;pwned\\u0007Kasia\r\n');
  });
});

describe('small pieces', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });

  it('normalises message text for duplicate detection', () => {
    expect(normaliseMessage('  Solidarity,   FOREVER! ')).toBe(normaliseMessage('solidarity forever'));
    expect(normaliseMessage('Ｓolidarity')).toBe('solidarity');
  });

  it('cursors round-trip and refuse tampering', () => {
    const id = '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10';
    expect(decodeCursor(encodeCursor('1795434003621000', id))).toEqual({ publishedUs: '1795434003621000', id });
    expect(() => decodeCursor(Buffer.from(`1;DROP TABLE x.${id}`).toString('base64url'))).toThrow();
  });

  it('converts London wall-clock times in winter (GMT) and summer (BST)', () => {
    expect(londonTime(2026, 12, 5, 10).toISOString()).toBe('2026-12-05T10:00:00.000Z');
    expect(londonTime(2026, 6, 6, 10).toISOString()).toBe('2026-06-06T09:00:00.000Z');
  });

  it('reads X-Forwarded-For only when told to trust a proxy, and then its last hop', async () => {
    const app = new Hono<AppEnv>();
    app.get('/trust', (c) => c.text(clientIp(c, true)));
    app.get('/no', (c) => c.text(clientIp(c, false)));
    const headers = { 'X-Forwarded-For': '6.6.6.6, 203.0.113.7' };
    expect(await (await app.request('/trust', { headers })).text()).toBe('203.0.113.7');
    expect(await (await app.request('/no', { headers })).text()).toBe('unknown');
  });
});
