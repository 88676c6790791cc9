import { describe, expect, it } from 'vitest';
import { useCliServer } from '../testing/cli.js';

const cli = useCliServer();
const admin = cli.admin;

describe('admin CLI: party-change', () => {
  it('adds a change the finder shows at once, lists it with who added it, refuses a bad one and removes it', async () => {
    const out = await admin('party-change', 'add', '--constituency', 'E14001331', '--party', 'Ind', '--date', '2026-11-20',
      '--source', 'https://news.example.org/lewisham-east', '--note', 'Whip suspended');
    expect(out).toMatch(/^Recorded: Lewisham East's MP sits for Independent from 2026-11-20\.\n/);
    const seat = (await (await fetch(`${cli.server.apiUrl}/constituencies/E14001331`)).json()) as { mp: { party: string; elected?: { party: string } }; factsCurrentTo?: string };
    expect(seat.mp).toMatchObject({ party: 'Ind', elected: { party: 'Lab' } });
    expect(seat.factsCurrentTo).toBe('2026-11-20');

    const list = await admin('party-change', 'list');
    expect(list).toMatch(/2026-11-20 {2}Lewisham East \(E14001331\): Independent \(Ind\)\n {2}source: https:\/\/news\.example\.org\/lewisham-east\n {2}note: Whip suspended\n {2}added by (.+) at 20\d\d-/);
    const [{ id }] = (JSON.parse(await admin('party-change', 'list', '--json')) as { changes: { id: string }[] }).changes as [{ id: string }];

    await expect(admin('party-change', 'add', '--constituency', 'E14001331', '--party', 'Ind', '--date', '2026-11-20', '--source', 'http://insecure.example.org/x'))
      .rejects.toThrow(/validation_failed[\s\S]*source/);
    await expect(admin('party-change', 'add', '--constituency', 'E14001331', '--party', 'Ind', '--date', '2026-11-20')).rejects.toThrow(/Missing --source/);

    expect(await admin('party-change', 'remove', id)).toBe('Removed: Lewisham East, Independent from 2026-11-20.\n');
    expect(await admin('party-change', 'list')).toBe('No party changes recorded since the data release.\n');
    const after = (await (await fetch(`${cli.server.apiUrl}/constituencies/E14001331`)).json()) as { mp: { party: string } };
    expect(after.mp.party).toBe('Lab');
  });
});
