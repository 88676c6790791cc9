import type { AdminCanvassSignup, CanvassSession } from '@solidarity-widgets/sdk/admin';

/** Places taken (confirmed sign-ups) and the waitlist of one session, from the organiser's sign-ups. */
export function sessionCounts(session: CanvassSession, signups: readonly AdminCanvassSignup[]): { taken: number; waitlisted: number } {
  let taken = 0;
  let waitlisted = 0;
  for (const s of signups) {
    if (s.sessionId !== session.id) continue;
    if (s.status === 'confirmed') taken++;
    else if (s.status === 'waitlisted') waitlisted++;
  }
  return { taken, waitlisted };
}
