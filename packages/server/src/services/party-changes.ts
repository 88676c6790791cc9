import { randomUUID } from 'node:crypto';
import type { Constituency, ConstituencySummary, Mp, PartyChange, PartyChangeRequest } from '@solidarity-widgets/contract';
import type { DataSource } from '../data.js';
import { ApiError } from '../http/errors.js';
import { validationError } from '../http/validation.js';
import type { Queryable, Store } from '../store/types.js';

/**
 * MPs' party changes recorded by operators between data releases (issue 13). The built data already applies the
 * sourced changes of its release; these go on top, in every constituency answer, from the moment they are added.
 *
 * The rows are few (a handful a month), so each instance keeps them in memory and reloads them after a short
 * interval: a change made through this instance shows at once, one made through another instance within
 * {@link RELOAD_MS}. The lookup hot path never waits for the database except on that reload.
 */
export const RELOAD_MS = 15_000;
/** The longest a lookup waits for the first load of the changes before answering from the built data alone. */
export const FIRST_LOAD_WAIT_MS = 300;

const GENERAL_ELECTION = '2024-07-04';

interface Row {
  id: string;
  constituency_code: string;
  party: string;
  party_name: string;
  effective_on: string | Date;
  source: string;
  note: string | null;
  added_by: string;
  added_at: string | Date;
}

interface Change {
  readonly id: string;
  readonly code: string;
  readonly party: string;
  readonly partyName: string;
  readonly date: string;
  readonly source: string;
  readonly note: string | null;
  readonly addedBy: string;
  readonly addedAt: string;
}

const day = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const instant = (value: string | Date): string => (value instanceof Date ? value : new Date(value)).toISOString();

const toChange = (row: Row): Change => ({
  id: row.id,
  code: row.constituency_code,
  party: row.party,
  partyName: row.party_name,
  date: day(row.effective_on),
  source: row.source,
  note: row.note,
  addedBy: row.added_by,
  addedAt: instant(row.added_at),
});

/** The day the seat's MP was elected (2024, or a later by-election). */
const electedOn = (seat: Constituency): string => seat.majorityFrom?.date ?? seat.byElection?.date ?? GENERAL_ELECTION;

/** A recorded change applies only if it is not older than what the built data already knows about the seat's MP. */
const baseline = (seat: Constituency): string => seat.mp.partySince ?? electedOn(seat);

/** The party codes the data knows, each with the name it uses most (`Lab` → "Labour"). */
export function knownParties(data: DataSource): ReadonlyMap<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const see = (party: string, name: string) => {
    const names = counts.get(party) ?? new Map<string, number>();
    names.set(name, (names.get(name) ?? 0) + 1);
    counts.set(party, names);
  };
  for (const c of data.constituencies) {
    see(c.mp.party, c.mp.partyName);
    if (c.mp.elected) see(c.mp.elected.party, c.mp.elected.partyName);
    see(c.winner.party, c.winner.partyName);
    see(c.runnerUp.party, c.runnerUp.partyName);
    if (c.byElection) see(c.byElection.winner.party, c.byElection.winner.partyName);
  }
  const best = new Map<string, string>();
  for (const [party, names] of counts) best.set(party, [...names].sort((a, b) => b[1] - a[1])[0]![0]);
  return best;
}

/** What the recorded changes do to the answers, at one moment. */
export class PartyOverlay {
  /** The effective change per seat (the latest by date, then by when it was added). */
  private readonly effective = new Map<string, Change>();
  /** The later of the data's date and the newest recorded change's date. */
  readonly factsCurrentTo: string;

  constructor(
    private readonly data: DataSource,
    readonly changes: readonly Change[],
  ) {
    let newest = data.dataCurrentTo;
    for (const change of changes) {
      const seat = data.getConstituency(change.code);
      if (!seat || change.date < baseline(seat)) continue;
      const current = this.effective.get(change.code);
      if (!current || change.date > current.date || (change.date === current.date && change.addedAt >= current.addedAt)) this.effective.set(change.code, change);
      if (change.date > newest) newest = change.date;
    }
    this.factsCurrentTo = newest;
  }

  isApplied(id: string, code: string): boolean {
    return this.effective.get(code)?.id === id;
  }

  /** The seat's MP with its recorded change applied (the same object when there is none). */
  mp(code: string, mp: Mp): Mp {
    const change = this.effective.get(code);
    const seat = change && this.data.getConstituency(code);
    if (!change || !seat) return mp;
    const elected = seat.mp.elected ?? { party: seat.mp.party, partyName: seat.mp.partyName, date: electedOn(seat) };
    // Back with the party they were elected for (a whip restored): nothing to explain.
    if (change.party === elected.party) return { name: mp.name, party: change.party, partyName: change.partyName };
    return {
      name: mp.name,
      party: change.party,
      partyName: change.partyName,
      elected: { ...elected },
      partySince: change.date,
      partySinceExact: true,
      partySource: change.source,
    };
  }

  summary<S extends ConstituencySummary>(s: S): S {
    const mp = this.mp(s.code, s.mp);
    return mp === s.mp ? s : { ...s, mp };
  }

  constituency(c: Constituency): Constituency {
    return { ...this.summary(c), factsCurrentTo: this.factsCurrentTo };
  }
}

/** The recorded changes for one server: reads them from the store, caches them, and validates new ones. */
export class PartyChanges {
  private cached: { overlay: PartyOverlay; at: number } | undefined;
  private loading: Promise<PartyOverlay> | undefined;
  private parties: ReadonlyMap<string, string> | undefined;

  constructor(
    private readonly store: Store,
    private readonly data: DataSource,
    private readonly reloadMs = RELOAD_MS,
  ) {}

  /**
   * The overlay to answer with now. Lookups must keep answering while the database is away (they need nothing else
   * from it), so this never fails and never makes a lookup wait long: a stale overlay is answered at once while it
   * reloads in the background; with none yet, the first load is waited for at most {@link FIRST_LOAD_WAIT_MS}, then
   * the built data alone answers. A failed load keeps the last overlay (or none) until the next interval.
   */
  async overlay(): Promise<PartyOverlay> {
    const cached = this.cached;
    if (cached && Date.now() - cached.at < this.reloadMs) return cached.overlay;
    const loading = this.reload();
    if (cached) return cached.overlay;
    let timer: NodeJS.Timeout | undefined;
    const fallback = new Promise<PartyOverlay>((resolve) => {
      timer = setTimeout(() => resolve(new PartyOverlay(this.data, [])), FIRST_LOAD_WAIT_MS);
      timer.unref?.();
    });
    try {
      return await Promise.race([loading, fallback]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The overlay if one is loaded and fresh, without waiting: for answers that cannot wait (http/fast-lookup.ts). */
  freshOverlay(): PartyOverlay | undefined {
    const cached = this.cached;
    return cached && Date.now() - cached.at < this.reloadMs ? cached.overlay : undefined;
  }

  private reload(): Promise<PartyOverlay> {
    this.loading ??= this.load()
      .catch(() => {
        const overlay = this.cached?.overlay ?? new PartyOverlay(this.data, []);
        this.cached = { overlay, at: Date.now() };
        return overlay;
      })
      .finally(() => {
        this.loading = undefined;
      });
    return this.loading;
  }

  private async load(): Promise<PartyOverlay> {
    const started = Date.now();
    const { rows } = await this.store.query<Row>('SELECT * FROM party_changes ORDER BY effective_on DESC, added_at DESC');
    const overlay = new PartyOverlay(this.data, rows.map(toChange));
    this.cached = { overlay, at: started };
    return overlay;
  }

  private toPartyChange(change: Change, overlay: PartyOverlay): PartyChange {
    return {
      id: change.id,
      constituency: { code: change.code, name: this.data.getConstituency(change.code)?.name ?? change.code },
      party: change.party,
      partyName: change.partyName,
      date: change.date,
      source: change.source,
      note: change.note,
      addedBy: change.addedBy,
      addedAt: change.addedAt,
      applied: overlay.isApplied(change.id, change.code),
    };
  }

  /** Read from the database now (an admin wants the truth, and a database error is theirs to see). */
  async list(): Promise<PartyChange[]> {
    const overlay = await this.load();
    return overlay.changes.map((c) => this.toPartyChange(c, overlay));
  }

  async add(input: PartyChangeRequest & { partyName?: string | undefined; note?: string | undefined }, actor: { tokenId: string | null; label: string }, now = new Date()): Promise<PartyChange> {
    const seat = this.data.getConstituency(input.constituency);
    if (!seat) throw new ApiError('constituency_not_found', `There is no constituency with the code ${input.constituency}.`);
    this.parties ??= knownParties(this.data);
    const knownName = this.parties.get(input.party);
    const partyName = input.partyName ?? knownName;
    const today = now.toISOString().slice(0, 10);
    const fields: { field: string; code: 'required' | 'invalid_value'; message: string }[] = [];
    if (partyName === undefined) {
      fields.push({ field: 'partyName', code: 'required', message: `The data has no party "${input.party}": give its name, or use one of ${[...this.parties.keys()].sort().join(', ')}.` });
    }
    if (input.date > today) fields.push({ field: 'date', code: 'invalid_value', message: `The date ${input.date} is in the future: record a change once it has happened.` });
    else if (input.date < electedOn(seat)) {
      fields.push({ field: 'date', code: 'invalid_value', message: `${seat.name}'s MP was elected on ${electedOn(seat)}: a change must be on or after that day.` });
    }
    if (fields.length > 0 || partyName === undefined) throw validationError(fields);
    const id = randomUUID();
    await (this.store as Queryable).query(
      `INSERT INTO party_changes (id, constituency_code, party, party_name, effective_on, source, note, added_by, added_by_token)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, seat.code, input.party, partyName, input.date, input.source, input.note ? input.note : null, actor.label, actor.tokenId],
    );
    const changes = await this.list();
    const added = changes.find((c) => c.id === id);
    if (!added) throw new Error('party change vanished after insert');
    return added;
  }

  async remove(id: string): Promise<PartyChange> {
    const before = await this.list();
    const found = before.find((c) => c.id === id);
    if (!found) throw new ApiError('party_change_not_found', 'No recorded party change has this id.');
    await this.store.query('DELETE FROM party_changes WHERE id = $1', [id]);
    await this.load();
    return found;
  }
}
