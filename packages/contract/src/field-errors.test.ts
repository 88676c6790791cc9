import { describe, expect, it } from 'vitest';
import { CanvassSignupRequest } from './canvass.js';
import { toFieldErrors } from './field-errors.js';

describe('toFieldErrors', () => {
  it('names each refused field once with a stable code', () => {
    const result = CanvassSignupRequest.safeParse({
      sessionId: '8f0e7a5c-3c1d-4b7e-9a55-3f1f6c2b9d10',
      name: '   ',
      email: 'not-an-email',
      languages: [],
      firstTime: true,
      consentToContact: false,
      consentVersion: '2026-11-23',
    });
    expect(result.success).toBe(false);
    const errors = toFieldErrors(result.error!.issues);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['name', 'required'],
      ['email', 'invalid_format'],
      ['consentToContact', 'must_accept'],
    ]);
  });
});
