// Counted strings in the languages added for issue 16 that count differently from English: Lithuanian's four forms
// (1 and 21 one way, 2–9 another, 10–20 and 0 a third), Chinese's single form, and Urdu's (1 / everything else).
import { beforeAll, describe, expect, it } from 'vitest';
import { coreMessages, ensureLocale, translate, translateCount, type Messages } from './localize.js';
import { catalogue as groups } from '../../local-groups/messages/index.js';
import { catalogue as canvass } from '../../sign-up-to-canvass/messages/index.js';
import { catalogue as wall } from '../../solidarity-wall/messages/index.js';
// Every catalogue whole, with the English its widget's lazy chunks add when they load (later.en.ts).
import './catalogues.js';

const CATALOGUES = [coreMessages, groups, canvass, wall] as Messages<string>[];

beforeAll(async () => {
  for (const lang of ['lt', 'zh-Hans', 'ur']) await ensureLocale(lang, CATALOGUES);
});

const near = { name: 'Lewisham East' };

describe('counted strings in Lithuanian, Chinese and Urdu', () => {
  it('Lithuanian: grupė for 1 and 21, grupės for 2–9, grupių for 0 and 10–20', () => {
    const say = (n: number) => translateCount('lt', 'groups.loaded', n, near, groups);
    expect([1, 21, 2, 9, 0, 10, 15].map(say)).toEqual([
      'Netoli Lewisham East įrašyta 1 grupė.',
      'Netoli Lewisham East įrašyta 21 grupė.',
      'Netoli Lewisham East įrašytos 2 grupės.',
      'Netoli Lewisham East įrašytos 9 grupės.',
      'Netoli Lewisham East įrašyta 0 grupių.',
      'Netoli Lewisham East įrašyta 10 grupių.',
      'Netoli Lewisham East įrašyta 15 grupių.',
    ]);
    expect(translateCount('lt', 'canvass.placesLeft', 3, {}, canvass)).toBe('Liko 3 vietos');
    expect(translateCount('lt', 'canvass.placesLeft', 11, {}, canvass)).toBe('Liko 11 vietų');
  });

  it('Chinese: one form for every count, with its measure word', () => {
    expect([1, 2, 12].map((n) => translateCount('zh-Hans', 'wall.messages', n, {}, wall))).toEqual(['1 条信息', '2 条信息', '12 条信息']);
    expect(translateCount('zh-Hans', 'common.rateLimited', 1)).toBe('现在提交的人很多。请等待 1 秒后重试。');
  });

  it('Urdu: singular for 1 only, and the English seat name isolated in the right-to-left sentence', () => {
    expect(translateCount('ur', 'groups.loaded', 1, near, groups)).toBe('\u2068Lewisham East\u2069 کے قریب 1 گروپ درج ہے۔');
    expect(translateCount('ur', 'groups.loaded', 4, near, groups)).toBe('\u2068Lewisham East\u2069 کے قریب 4 گروپ درج ہیں۔');
    expect(translateCount('ur', 'wall.countries', 1, {}, wall)).toBe('1 ملک');
    expect(translateCount('ur', 'wall.countries', 7, {}, wall)).toBe('7 ممالک');
  });
});

describe('an organiser\'s phone number in an Urdu sentence', () => {
  it('is isolated, so its groups keep their order (+44 20 7946 0123, not 0123 7946 20 44+)', () => {
    expect(translate('ur', 'canvass.organiser', { name: 'Tomasz Nowak', contact: '+44 20 7946 0123' }, canvass)).toBe(
      'منتظم: \u2068Tomasz Nowak\u2069، \u2068+44 20 7946 0123\u2069',
    );
  });
});
