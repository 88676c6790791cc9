#!/usr/bin/env node
// Turns the raw files in ../raw into the compact run-time files in ../generated.
// Plain Node (no dependencies) so it runs before `tsc` in `npm run build`.
//
// generated/constituencies.json  650 rows, already in the contract's shape except the bits computed at load
//                                (marginality, dataCurrentTo), plus dataCurrentTo and the attribution lines.
// generated/postcodes.json       GB postcode sectors as parallel arrays (see POSTCODES_FORMAT below) and outcodes.
// generated/hexmap.json          { layout: 'odd-r', hexes: { code: { q, r } } }
import { readFileSync, writeFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const raw = (name) => fileURLToPath(new URL(`../raw/${name}`, import.meta.url));
const out = (name) => fileURLToPath(new URL(`../generated/${name}`, import.meta.url));
const readJson = (name) => JSON.parse(readFileSync(raw(name), 'utf8'));

function fail(message) {
  console.error(`build-data: ${message}`);
  process.exit(1);
}
function check(condition, message) {
  if (!condition) fail(message);
}

function readCsv(name) {
  // The raw CSVs have no quoted fields containing commas except constituency names, which are quoted when needed.
  const lines = readFileSync(raw(name), 'utf8').trim().split(/\r?\n/);
  const header = splitCsvLine(lines[0]);
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}
function splitCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { cells.push(cell); cell = ''; }
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

// ---------------------------------------------------------------------------------------------------------------
// Provenance: the date the MP list is current to, and the attribution lines, both read from raw/README.md.
const readme = readFileSync(raw('README.md'), 'utf8');
const sourceA = readme.split('\n').find((line) => line.startsWith('| A |'));
const dataCurrentTo = sourceA?.match(/\b[0-9a-f]{40} \((\d{4}-\d{2}-\d{2})\)/)?.[1];
check(dataCurrentTo, 'could not read the by-election source commit date (row A of the sources table in raw/README.md)');
const attributionBlock = readme.slice(readme.indexOf('## Required attribution'));
const attribution = attributionBlock
  .split('\n')
  .slice(1)
  .filter((line) => line.startsWith('> '))
  .map((line) => line.slice(2).trim());
check(attribution.length >= 4, 'could not read the attribution lines from raw/README.md');

// ---------------------------------------------------------------------------------------------------------------
// Constituencies with by-elections applied.
const rows = readJson('constituencies-2024.json').sort((a, b) => a.name.localeCompare(b.name, 'en'));
const byElections = readJson('by-elections-since-2024.json');
check(rows.length === 650, `expected 650 constituencies, got ${rows.length}`);

// How an MP elected at a by-election is known in Parliament, where the by-election's candidate list gives the
// full ballot-paper name (the ballot name is kept in `byElection.winner.name`).
const MP_KNOWN_AS = { 'Sarah Joanne Pochin': 'Sarah Pochin' };

const latestByElection = new Map();
for (const b of byElections) {
  const prev = latestByElection.get(b.code);
  if (!prev || prev.date < b.date) latestByElection.set(b.code, b);
}
const candidate = (c) => ({ name: c.candidate, party: c.party, partyName: c.partyName, votes: c.votes });
const round = (x, dp) => Math.round(x * 10 ** dp) / 10 ** dp;

// ---------------------------------------------------------------------------------------------------------------
// Today's MP and party: raw/mp-party-changes.json (defections, whip suspensions and restorations, new parties,
// vacancies, by-elections since July 2024; raw/README.md section 8) applied in date order on top of the 2024 result.
// Labels follow Parliament's Members data; they map onto the party codes of the results.
const PARTY_LABELS = {
  Labour: ['Lab', 'Labour'],
  'Labour (Co-op)': ['Lab', 'Labour and Co-operative'],
  Conservative: ['Con', 'Conservative'],
  'Reform UK': ['Reform', 'Reform UK'],
  'Liberal Democrats': ['LD', 'Liberal Democrat'],
  'Green Party': ['Green', 'Green'],
  'Scottish National Party': ['SNP', 'Scottish National Party'],
  Independent: ['Ind', 'Independent'],
  'Your Party': ['YP', 'Your Party'],
  'Restore Britain': ['RB', 'Restore Britain'],
};
const partyOf = (label, where) => {
  const p = PARTY_LABELS[label];
  check(p, `mp-party-changes: unknown party label "${label}" (${where}); add it to PARTY_LABELS`);
  return { party: p[0], partyName: p[1] };
};
const partyChanges = readJson('mp-party-changes.json');
// How far the party labels were checked: Parliament's Members data up to 27 Jun 2026 (raw/README.md section 8).
// Later changes may be missing, so the finder says so with this date.
const partiesCurrentTo = '2026-06-27';
check(readme.includes('27 Jun 2026'), 'raw/README.md section 8 no longer says party labels are checked to 27 Jun 2026: update partiesCurrentTo');
check(Array.isArray(partyChanges.changes) && /^\d{4}-\d{2}-\d{2}$/.test(partyChanges.asOf), 'mp-party-changes.json: expected { asOf, changes }');
const changesBySeat = new Map();
for (const c of [...partyChanges.changes].sort((a, b) => a.date.localeCompare(b.date))) {
  check(Array.isArray(c.sources) && c.sources.length > 0, `mp-party-changes: ${c.constituency} ${c.date} has no source`);
  const list = changesBySeat.get(c.onsCode) ?? [];
  list.push(c);
  changesBySeat.set(c.onsCode, list);
}
const sameName = (a, b) => a.toLowerCase().replace(/[^a-z]/g, '') === b.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The seat's MP and party today, and (when they now sit for another party than they were elected for) the party
 * they were elected for and since when. Every row must follow on from the one before it: the build fails otherwise.
 */
function currentMp(r, b) {
  const elected = b ? b.winner : r.winner;
  let mp = { name: MP_KNOWN_AS[elected.candidate] ?? elected.candidate, party: elected.party, partyName: elected.partyName };
  const electedOn = b ? b.date : '2024-07-04';
  let label; // the label after the last row applied; undefined until the first row
  let since;
  for (const c of changesBySeat.get(r.code) ?? []) {
    const where = `${c.constituency} ${c.date}`;
    check(c.constituency === r.name, `mp-party-changes: ${c.onsCode} is ${r.name}, not ${c.constituency}`);
    if (label !== undefined) check(c.from === label, `mp-party-changes: ${where} starts from "${c.from}" but the previous row left "${label}"`);
    else if (c.from !== 'Vacant') check(partyOf(c.from, where).party === r.winner.party, `mp-party-changes: ${where} starts from "${c.from}", the 2024 winner was ${r.winner.party}`);
    label = c.to;
    if (c.kind === 'by_election') {
      check(b && b.date === c.date && sameName(MP_KNOWN_AS[b.winner.candidate] ?? b.winner.candidate, c.mp),
        `mp-party-changes: by-election ${where} does not match by-elections-since-2024.json`);
      since = undefined;
      continue;
    }
    if (c.to === 'Vacant') continue;
    // Rows before the seat's latest by-election are about the previous MP.
    if (b && c.date < b.date) continue;
    check(sameName(c.mp, mp.name), `mp-party-changes: ${where} is about ${c.mp}, but the MP is ${mp.name}`);
    const p = partyOf(c.to, where);
    if (p.party !== mp.party) since = { date: c.date, exact: c.dateQualifier === 'exact', source: c.sources[0] };
    mp = { ...mp, ...p };
  }
  check(label !== 'Vacant', `${r.name} is vacant after applying mp-party-changes.json: the contract has no vacant seats yet`);
  if (mp.party !== elected.party && since) {
    mp.elected = { party: elected.party, partyName: elected.partyName, date: electedOn };
    mp.partySince = since.date;
    mp.partySinceExact = since.exact;
    mp.partySource = since.source;
  }
  return mp;
}

/**
 * The latest contest in the seat decides its majority: a by-election if there was one. A by-election's majority is
 * what its candidate rows say (Arbroath and Broughty Ferry: the summary row says 5,178, the candidates 9,802 − 4,524
 * = 5,278); a difference is kept as a note.
 */
function latestMajority(r, b) {
  if (!b) return { majority: r.majority, majorityPct: r.majorityPct, from: { election: 'general', date: '2024-07-04' }, note: undefined };
  const majority = b.winner.votes - b.runnerUp.votes;
  check(majority > 0 && b.validVotes > 0, `by-election in ${b.name}: bad candidate votes`);
  const note = majority !== b.majority
    ? `The by-election's summary gives a majority of ${b.majority}; its candidate votes (${b.winner.votes} − ${b.runnerUp.votes}) give ${majority}, shown here.`
    : undefined;
  return { majority, majorityPct: round(majority / b.validVotes, 5), from: { election: 'by_election', date: b.date }, note };
}

const constituencies = rows.map((r) => {
  const b = latestByElection.get(r.code);
  if (b) check(r.name === b.name, `by-election ${b.name} has code ${b.code} which is ${r.name}`);
  const mpSource = b ? b.winner : r.winner;
  // The shared data already carries `currentMp`; make sure it agrees with what we derive.
  check(r.currentMp.candidate === mpSource.candidate && r.currentMp.party === mpSource.party,
    `currentMp of ${r.name} disagrees with the by-election data`);
  const latest = latestMajority(r, b);
  return {
    code: r.code,
    name: r.name,
    nation: r.nation,
    region: r.region,
    mp: currentMp(r, b),
    majorityPct: latest.majorityPct,
    majorityFrom: latest.from,
    electorate: r.electorate,
    turnout: r.turnout,
    result: r.result,
    winner: candidate(r.winner),
    runnerUp: candidate(r.runnerUp),
    majority: latest.majority,
    validVotes: r.validVotes,
    shares: r.shares,
    byElection: b
      ? { date: b.date, winner: candidate(b.winner), majority: latest.majority, ...(latest.note ? { note: latest.note } : {}) }
      : null,
    centroid: { lat: r.centroid.lat, lon: r.centroid.lon },
  };
});
for (const code of changesBySeat.keys()) check(rows.some((r) => r.code === code), `mp-party-changes: unknown seat ${code}`);
for (const code of latestByElection.keys()) check(rows.some((r) => r.code === code), `by-election in unknown seat ${code}`);
const indexByCode = new Map(constituencies.map((c, i) => [c.code, i]));

// ---------------------------------------------------------------------------------------------------------------
// Postcodes. One entry per sector that exists in Code-Point Open, sorted by name, in parallel arrays.
const POSTCODES_FORMAT = 1;
const pcon = readJson('postcodes-pcon2024.json');
const units = readJson('postcode-units-gb.json').sectors;
const seatOf = (pconIndex) => {
  const code = pcon.codes[pconIndex];
  const i = indexByCode.get(code);
  check(i !== undefined, `postcode data refers to unknown constituency ${code}`);
  return i;
};

const centroids = new Map();
for (const row of readCsv('sector-centroids-gb.csv')) {
  centroids.set(row.sector, { lat: Number(row.lat), lon: Number(row.lon), postcodes: Number(row.postcodes) });
}
const sectorShares = new Map();
for (const row of readCsv('postcode-sectors-pcon2024.csv')) {
  const list = sectorShares.get(row.sector) ?? [];
  list.push([indexByCode.get(row.pcon24cd), Number(row.share)]);
  sectorShares.set(row.sector, list);
}

const sectorNames = [...new Set([...Object.keys(units), ...Object.keys(pcon.sectors)])].sort();
const columns = { seat: [], exceptions: [], near: [], centroid: [], shares: [] };
// Which units exist: one 400-bit bitmap per sector (20 × 20 possible 2-letter units), all sectors concatenated
// and base64-encoded. 50 bytes per sector instead of ~320 characters, and an O(1) membership test.
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const BITMAP_BYTES = 50;
const unitBitmaps = Buffer.alloc(BITMAP_BYTES * sectorNames.length);
const unitBit = (unit) => {
  const a = UNIT_LETTERS.indexOf(unit[0]);
  const b = UNIT_LETTERS.indexOf(unit[1]);
  check(a >= 0 && b >= 0 && unit.length === 2, `unexpected unit ${unit}`);
  return a * 20 + b;
};
let exceptionCount = 0;
let nearCount = 0;
let unitCount = 0;
for (const [sectorIndex, name] of sectorNames.entries()) {
  const entry = pcon.sectors[name];
  const unitString = units[name] ?? '';
  check(unitString.length % 2 === 0, `odd units string for ${name}`);
  unitCount += unitString.length / 2;
  for (let i = 0; i < unitString.length; i += 2) {
    const bit = unitBit(unitString.slice(i, i + 2));
    unitBitmaps[sectorIndex * BITMAP_BYTES + (bit >> 3)] |= 1 << (bit & 7);
  }
  let seat = -1;
  let exceptions = 0;
  let near = '';
  if (typeof entry === 'number') seat = seatOf(entry);
  else if (Array.isArray(entry)) {
    seat = seatOf(entry[0]);
    // Group the exception units by seat: [[seat, "ABCD…"], …], each unit string sorted for binary search.
    const bySeat = new Map();
    for (const [unit, idx] of Object.entries(entry[1])) {
      const s = seatOf(idx);
      bySeat.set(s, [...(bySeat.get(s) ?? []), unit]);
      exceptionCount++;
    }
    if (bySeat.size > 0) exceptions = [...bySeat].map(([s, list]) => [s, list.sort().join('')]);
    near = sortUnits(entry[2] ?? '');
    nearCount += near.length / 2;
  }
  const c = centroids.get(name);
  const shares = (sectorShares.get(name) ?? []).sort((a, b) => b[1] - a[1]);
  if (seat >= 0) {
    check(c, `no centroid for mapped sector ${name}`);
    check(shares.length > 0, `no shares for mapped sector ${name}`);
  }
  columns.seat.push(seat);
  columns.exceptions.push(exceptions);
  columns.near.push(near);
  columns.centroid.push(c ? round(c.lat, 5) : null, c ? round(c.lon, 5) : null);
  // Whole sectors (one seat) need no shares: the run time uses [[seat, 1]].
  columns.shares.push(shares.length > 1 ? shares : 0);
}
function sortUnits(s) {
  const list = [];
  for (let i = 0; i < s.length; i += 2) list.push(s.slice(i, i + 2));
  return list.sort().join('');
}

// Outcodes: shares from the CSV; centroid = postcode-weighted mean of the outcode's sector centroids.
const outcodes = {};
for (const row of readCsv('outcodes-pcon2024.csv')) {
  const o = (outcodes[row.outcode] ??= [null, null, []]);
  o[2].push([indexByCode.get(row.pcon24cd), Number(row.share)]);
}
const outcodeWeights = {};
for (const [sector, c] of centroids) {
  const outcode = sector.split(' ')[0];
  const w = (outcodeWeights[outcode] ??= { lat: 0, lon: 0, n: 0 });
  w.lat += c.lat * c.postcodes;
  w.lon += c.lon * c.postcodes;
  w.n += c.postcodes;
}
for (const [outcode, o] of Object.entries(outcodes)) {
  const w = outcodeWeights[outcode];
  check(w && w.n > 0, `no sector centroids for outcode ${outcode}`);
  o[0] = round(w.lat / w.n, 5);
  o[1] = round(w.lon / w.n, 5);
  o[2].sort((a, b) => b[1] - a[1]);
  for (const [seat] of o[2]) check(seat !== undefined, `outcode ${outcode} refers to an unknown seat`);
}

check(unitCount === 1_734_274, `expected 1,734,274 postcodes, got ${unitCount}`);
check(nearCount === 80_887, `expected 80,887 near-boundary postcodes, got ${nearCount}`);

// ---------------------------------------------------------------------------------------------------------------
// Hex map.
const hexjson = readJson('constituencies-2024.hexjson');
check(hexjson.layout === 'odd-r', `unexpected hex layout ${hexjson.layout}`);
const hexes = {};
for (const [code, h] of Object.entries(hexjson.hexes)) {
  check(indexByCode.has(code), `hexjson has unknown constituency ${code}`);
  hexes[code] = { q: h.q, r: h.r };
}
check(Object.keys(hexes).length === 650, 'hexjson does not cover all 650 seats');

// ---------------------------------------------------------------------------------------------------------------
mkdirSync(out('.'), { recursive: true });
const files = {
  'constituencies.json': { dataCurrentTo, partiesCurrentTo, attribution, constituencies },
  'postcodes.json': {
    format: POSTCODES_FORMAT,
    about:
      'GB postcode sectors (OS Code-Point Open 2023) placed on ONS July 2024 constituencies. Parallel arrays indexed by ' +
      'sector (sorted): seat = default constituency index (into constituencies.json) or -1 when the sector has no ' +
      'located postcodes; exceptions = 0 or [[seat, units]] where units are sorted 2-letter units in another seat; ' +
      'near = sorted units within 100 m of a boundary; units = base64 of one 50-byte bitmap per sector, bit (a*20+b) set ' +
      'when unit unitLetters[a]+unitLetters[b] exists; centroid = flat [lat, lon, …]; ' +
      'shares = 0 (whole sector) or [[seat, share]] largest first. outcodes: { outcode: [lat, lon, [[seat, share]]] }.',
    sectors: sectorNames,
    ...columns,
    unitLetters: UNIT_LETTERS,
    units: unitBitmaps.toString('base64'),
    outcodes,
  },
  'hexmap.json': { layout: 'odd-r', hexes },
};
for (const [name, value] of Object.entries(files)) {
  // Write then rename, so a reader (e.g. tests running in parallel) never sees a half-written file.
  const tmp = `${out(name)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, out(name));
  console.log(`build-data: generated/${name} ${(statSync(out(name)).size / 1024).toFixed(0)} KB`);
}
console.log(
  `build-data: ${constituencies.length} seats, ${sectorNames.length} sectors, ${Object.keys(outcodes).length} outcodes, ` +
    `${unitCount} postcodes (${exceptionCount} exceptions, ${nearCount} near a boundary); data current to ${dataCurrentTo}`,
);
