import { randomUUID } from 'node:crypto';
import type { DataSource } from '../data.js';
import type { Store } from '../store/types.js';
import { createSession } from './canvass.js';

/** The UTC instant of a wall-clock time in London on a given day (handles GMT/BST). */
export function londonTime(year: number, month: number, day: number, hour: number, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(guess - (shown - guess));
}

interface DemoSession {
  code: string;
  title: string;
  /** Days from today; sessions land on the following weekend day or weekday evening. */
  inDays: number;
  hour: number;
  hours: number;
  meetingPoint: string;
  organiserName: string;
  accessibility?: string;
  capacity: number;
  /** Demo sign-ups already taken, to show a nearly full session. */
  taken?: number;
}

// Real July 2024 constituencies. All but Lewisham East are marginal (majority under 2 % in 2024); Lewisham East is
// included for the example page's default postcode (SE13) and is safe Labour, which the finder widget says.
const DEMO: DemoSession[] = [
  { code: 'E14001331', title: 'Lewisham East: door-knocking in Catford', inDays: 5, hour: 10, hours: 3, meetingPoint: 'Catford Broadway, by the Broadway Theatre', organiserName: 'Lewisham East CLP', accessibility: 'Step-free meeting point; leaflet-folding role for anyone who prefers to sit.', capacity: 25 },
  { code: 'E14001137', title: 'Bromley and Biggin Hill: Saturday canvass', inDays: 6, hour: 11, hours: 3, meetingPoint: 'Bromley North station forecourt', organiserName: 'Bromley and Biggin Hill CLP', capacity: 3, taken: 2 },
  { code: 'E14001279', title: 'Hendon: multilingual canvass (Polish, Romanian, Arabic speakers welcome)', inDays: 9, hour: 10, hours: 4, meetingPoint: 'Colindale station, Colindale Avenue exit', organiserName: 'Hendon CLP', accessibility: 'Step-free station. Quiet routes available.', capacity: 30 },
  { code: 'E14001160', title: 'Chelsea and Fulham: evening phone bank and doors', inDays: 12, hour: 18, hours: 2, meetingPoint: 'Fulham Broadway station, main entrance', organiserName: 'Chelsea and Fulham CLP', capacity: 15 },
  { code: 'E14001300', title: 'Ilford North: community canvass with union members', inDays: 16, hour: 10, hours: 3, meetingPoint: 'Gants Hill station, exit 1', organiserName: 'Ilford North CLP', accessibility: 'Step-free access at Gants Hill via Cranbrook Road lift.', capacity: 20 },
  { code: 'E14001425', title: 'Peterborough: weekend action day', inDays: 20, hour: 10, hours: 5, meetingPoint: 'Cathedral Square, by the Guildhall', organiserName: 'Peterborough CLP', capacity: 40 },
];

/** Adds demo canvassing sessions when there are none at all (first start), dated in the coming weeks. */
export async function seedDemoSessions(store: Store, data: DataSource, now = new Date()): Promise<number> {
  const { rows } = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM canvass_sessions');
  if (Number(rows[0]?.n ?? 0) > 0) return 0;
  let created = 0;
  for (const demo of DEMO) {
    if (!data.getConstituency(demo.code)) continue;
    const day = new Date(now.getTime() + demo.inDays * 86_400_000);
    const starts = londonTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), demo.hour);
    const ends = new Date(starts.getTime() + demo.hours * 3_600_000);
    const session = await createSession(store, data, {
      constituencyCode: demo.code,
      title: demo.title,
      startsAt: starts.toISOString(),
      endsAt: ends.toISOString(),
      meetingPoint: demo.meetingPoint,
      organiserName: demo.organiserName,
      organiserContact: `organiser+${demo.code.toLowerCase()}@example.org`,
      ...(demo.accessibility ? { accessibility: demo.accessibility } : {}),
      capacity: demo.capacity,
    });
    for (let i = 0; i < (demo.taken ?? 0); i++) {
      await store.query(
        `INSERT INTO canvass_signups (id, session_id, name, email, languages, first_time, consent_version, consent_at, partner, status)
         VALUES ($1, $2, $3, $4, $5, false, 'demo', now(), 'demo', 'confirmed')`,
        [randomUUID(), session.id, `Demo volunteer ${i + 1}`, `demo-volunteer-${i + 1}@example.org`, ['en']],
      );
    }
    created++;
  }
  return created;
}
