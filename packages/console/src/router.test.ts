import { describe, expect, it } from 'vitest';
import { parseRoute, safeNext } from './router.js';

const at = (path: string) => parseRoute(new URL(path, 'https://widgets.example.org'));

describe('console addresses', () => {
  it('maps real URLs to pages', () => {
    expect(at('/console')).toEqual({ page: 'dashboard' });
    expect(at('/console/')).toEqual({ page: 'dashboard' });
    expect(at('/console/moderation')).toEqual({ page: 'moderation' });
    expect(at('/console/pledges')).toEqual({ page: 'pledges' });
    expect(at('/console/sessions/7D1F0C56-2C39-4F0E-9A53-2F6C0A3F8E11')).toEqual({ page: 'session', id: '7d1f0c56-2c39-4f0e-9a53-2f6c0a3f8e11' });
    expect(at('/console/sign-in?token=abc&next=%2Fconsole%2Fmoderation')).toEqual({ page: 'sign-in', token: 'abc', next: '/console/moderation' });
    expect(at('/console/sessions/x/y')).toEqual({ page: 'not-found' });
    expect(at('/console/sessions/not-a-session-id')).toEqual({ page: 'not-found' });
    expect(at('/console/mail-ish')).toEqual({ page: 'not-found' });
  });

  it('only ever returns to a console page after sign-in, never to another site', () => {
    expect(safeNext('/console/sessions')).toBe('/console/sessions');
    for (const bad of ['https://evil.example/console/', '//evil.example/console/x', '/console\\..\\x', '/elsewhere', null]) {
      expect(safeNext(bad)).toBeUndefined();
    }
  });
});
