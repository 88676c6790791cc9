import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n.js';
import { messages as en } from './en.js';

describe('email catalogues', () => {
  const ids = Object.keys(en).sort();
  it.each(Object.keys(catalogues))('%s has every message id, none empty, with the same placeholders as English', (language) => {
    const catalogue = catalogues[language]!;
    expect(Object.keys(catalogue).sort()).toEqual(ids);
    for (const id of ids) {
      const text = catalogue[id as keyof typeof en];
      expect(text.trim(), `${language} ${id}`).not.toBe('');
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text), `${language} ${id}`).toEqual(placeholders(en[id as keyof typeof en]));
    }
  });
});
