import { statements as initial } from './0001_initial.js';
import { statements as cancellation } from './0002_cancellation.js';
import { statements as local } from './0003_local.js';
import { statements as rejectedRetention } from './0004_rejected_retention.js';
import { statements as sentQuickly } from './0005_sent_quickly.js';
import { statements as partyChanges } from './0006_party_changes.js';
import { statements as answerReports } from './0007_answer_reports.js';
import { statements as wallTotals } from './0008_wall_totals.js';
import { statements as organisersOutbox } from './0009_organisers_outbox.js';
import { statements as consoleTables } from './0010_console.js';
import { statements as email } from './0011_email.js';
import { statements as referrals } from './0012_referrals.js';
import { statements as pledges } from './0013_pledges.js';
import { statements as introductionNotes } from './0014_introduction_notes.js';
import { statements as writePath } from './0015_write_path.js';
import { statements as writeCalls } from './0016_write_calls.js';
import { statements as signupOneCall } from './0017_signup_one_call.js';
import { statements as leanLimits } from './0018_lean_limits.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [
  { id: 1, name: 'initial', statements: initial },
  { id: 2, name: 'cancellation', statements: cancellation },
  { id: 3, name: 'local', statements: local },
  { id: 4, name: 'rejected_retention', statements: rejectedRetention },
  { id: 5, name: 'sent_quickly', statements: sentQuickly },
  { id: 6, name: 'party_changes', statements: partyChanges },
  { id: 7, name: 'answer_reports', statements: answerReports },
  { id: 8, name: 'wall_totals', statements: wallTotals },
  { id: 9, name: 'organisers_outbox', statements: organisersOutbox },
  { id: 10, name: 'console', statements: consoleTables },
  { id: 11, name: 'email', statements: email },
  { id: 12, name: 'referrals', statements: referrals },
  { id: 13, name: 'pledges', statements: pledges },
  { id: 14, name: 'introduction_notes', statements: introductionNotes },
  { id: 15, name: 'write_path', statements: writePath },
  { id: 16, name: 'write_calls', statements: writeCalls },
  { id: 17, name: 'signup_one_call', statements: signupOneCall },
  { id: 18, name: 'lean_limits', statements: leanLimits },
];
