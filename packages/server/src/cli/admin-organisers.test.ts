import { describe, expect, it } from 'vitest';
import { useCliServer } from '../testing/cli.js';

const cli = useCliServer();
const admin = cli.admin;

describe('admin CLI: organiser', () => {
  it('adds, lists (names shown inert) and disables organisers, by id or by address', async () => {
    const added = await admin('organiser', 'add', '--email', 'Priya@Example.org', '--name', 'Priya\u202e Shah', '--scope', 'constituency:E14001279', '--language', 'cy', '--notify', 'digest');
    expect(added).toMatch(/^Added Priya\\u202e Shah <priya@example\.org> \(organiser: constituency:E14001279\), id [0-9a-f-]{36}\./);
    await admin('organiser', 'add', '--email', 'mod@example.org', '--name', 'Mod', '--scope', 'partner:unite');
    await expect(admin('organiser', 'add', '--email', 'priya@example.org', '--name', 'Again', '--scope', 'admin')).rejects.toThrow(/organiser_exists/);

    const list = await admin('organiser', 'list');
    expect(list).toMatch(/moderator {2}Mod <mod@example\.org> {2}partner:unite {2}en {2}notify immediate {2}last sign-in never\n/);
    expect(list).toContain('organiser  Priya\\u202e Shah <priya@example.org>  constituency:E14001279  cy  notify digest');
    expect(list).not.toContain('\u202e');

    expect(await admin('organiser', 'disable', 'PRIYA@example.org')).toMatch(/^Disabled Priya.* <priya@example\.org>: their console sessions have ended\.\n$/);
    const { organisers } = JSON.parse(await admin('organiser', 'list', '--json')) as { organisers: { email: string; id: string; disabledAt: string | null }[] };
    const mod = organisers.find((o) => o.email === 'mod@example.org')!;
    expect(organisers.find((o) => o.email === 'priya@example.org')?.disabledAt).not.toBeNull();
    expect(await admin('organiser', 'disable', mod.id)).toMatch(/^Disabled Mod/);
    await expect(admin('organiser', 'disable', 'nobody@example.org')).rejects.toThrow(/No organiser has the address/);
  });
});
