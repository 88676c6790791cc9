// The shapes of the pledge routes this widget uses (PLEDGE-CONTRACT.md), until the contract's own types land.
export type PledgeIntent = 'vote' | 'register-and-vote';

export interface PledgeBody {
  partner: string;
  constituencyCode: string;
  intent: PledgeIntent;
  election: { type: string; date: string };
  email?: string;
  reminders: boolean;
  language?: string;
  website?: string;
}

export interface PledgeResult {
  pledge: {
    id: string;
    constituencyCode: string;
    intent: PledgeIntent;
    election: { type: string; date: string };
    reminders: boolean;
    reminderDates: ReadonlyArray<{ kind: 'registration-deadline' | 'days-before' | 'polling-day'; date: string }>;
    stopUrl?: string;
  };
  count: number;
  alreadyPledged?: boolean;
}
