import { describe, expect, it } from 'vitest';
import { setup } from '../testing/harness.js';
import { renderEmail } from './email/layout.js';
import { enqueueEmail } from './outbox.js';
import { organisersToNotify, upsertOrganiser } from './organisers.js';

describe('outbox and organisers (the foundation of issue 12)', () => {
  it('keeps one email per dedupe key, and none when the transaction that wrote it rolls back', async () => {
    const h = await setup();
    try {
      const email = { kind: 'test', to: 'a@example.org', language: 'en', ...renderEmail({ language: 'en', subject: 'Hi', paragraphs: ['x'], footer: [] }), dedupeKey: 'k1' };
      expect(await enqueueEmail(h.store, email)).toBe(true);
      expect(await enqueueEmail(h.store, email)).toBe(false);
      await expect(h.store.transaction(async (tx) => {
        await enqueueEmail(tx, { ...email, dedupeKey: 'k2' });
        throw new Error('the change failed');
      })).rejects.toThrow('the change failed');
      const { rows } = await h.store.query<{ dedupe_key: string }>('SELECT dedupe_key FROM outbox ORDER BY dedupe_key');
      expect(rows.map((r) => r.dedupe_key)).toEqual(['k1']);
    } finally {
      await h.close();
    }
  });

  it('escapes what a person typed in the HTML and keeps it as typed in the text', () => {
    const out = renderEmail({ language: 'en', subject: 'S', paragraphs: ['<img src=x onerror=alert(1)> & "q"'], footer: ['f'] });
    expect(out.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    expect(out.html).not.toContain('<img');
    expect(out.text).toContain('<img src=x onerror=alert(1)> & "q"');
  });

  it("notifies a seat's organisers, the partner's moderators and admins by their choice, never the disabled or out of scope", async () => {
    const h = await setup();
    try {
      await upsertOrganiser(h.store, { email: 'Seat@Example.org', name: 'Seat', scopes: ['constituency:E14001331'] });
      await upsertOrganiser(h.store, { email: 'other@example.org', name: 'Other', scopes: ['constituency:E14001172'] });
      await upsertOrganiser(h.store, { email: 'mod@example.org', name: 'Mod', scopes: ['partner:unite'] });
      await upsertOrganiser(h.store, { email: 'boss@example.org', name: 'Boss', scopes: ['admin'], notify: 'digest' });
      const gone = await upsertOrganiser(h.store, { email: 'gone@example.org', name: 'Gone', scopes: ['constituency:E14001331'] });
      await h.store.query('UPDATE organisers SET disabled_at = now() WHERE id = $1', [gone.id]);
      const immediate = await organisersToNotify(h.store, { constituency: 'E14001331', partner: 'unite', notify: 'immediate' });
      expect(immediate.map((o) => o.email)).toEqual(['mod@example.org', 'seat@example.org']);
      const digest = await organisersToNotify(h.store, { constituency: 'E14001331', notify: 'digest' });
      expect(digest.map((o) => o.email)).toEqual(['boss@example.org']);
      await expect(upsertOrganiser(h.store, { email: 'x@example.org', name: 'X', scopes: ['everything'] })).rejects.toThrow(/Invalid scope/);
    } finally {
      await h.close();
    }
  });
});
