import { describe, expect, it } from 'vitest';
import { dueReminder, pledgeReminderDates } from './pledge-reminders.js';

// English local elections on Thursday 6 May 2027: registration closes on Monday 19 April (12 working days before,
// skipping the early May bank holiday on 3 May and the weekends).
const local2027 = { election: 'local', pollingDay: '2027-05-06', nation: 'England' } as const;

describe('pledge reminder dates', () => {
  it('register-and-vote, pledged early: 3 days before the deadline, 3 days before polling day, on the day', () => {
    expect(pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2026-11-30' })).toEqual([
      { kind: 'registration-deadline', date: '2027-04-16' },
      { kind: 'days-before', date: '2027-05-03' },
      { kind: 'polling-day', date: '2027-05-06' },
    ]);
  });

  it('already registered: no registration reminder', () => {
    expect(pledgeReminderDates({ ...local2027, intent: 'vote', today: '2026-11-30' }).map((r) => r.kind)).toEqual(['days-before', 'polling-day']);
  });

  it('pledged less than 3 days before the deadline: the registration reminder goes on the deadline day', () => {
    expect(pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2027-04-17' })[0]).toEqual({ kind: 'registration-deadline', date: '2027-04-19' });
    expect(pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2027-04-19' })[0]).toEqual({ kind: 'registration-deadline', date: '2027-04-19' });
  });

  it('after the deadline, or in the last 3 days, only the dates still to come', () => {
    expect(pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2027-04-20' }).map((r) => r.kind)).toEqual(['days-before', 'polling-day']);
    expect(pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2027-05-04' })).toEqual([{ kind: 'polling-day', date: '2027-05-06' }]);
    expect(pledgeReminderDates({ ...local2027, intent: 'vote', today: '2027-05-06' })).toEqual([{ kind: 'polling-day', date: '2027-05-06' }]);
  });

  it('nothing once polling day has passed, or for a date that is not one', () => {
    expect(pledgeReminderDates({ ...local2027, intent: 'vote', today: '2027-05-07' })).toEqual([]);
    expect(pledgeReminderDates({ ...local2027, pollingDay: '2027-02-30', intent: 'vote', today: '2026-11-30' })).toEqual([]);
  });

  it('beyond the holiday calendar: no guessed registration deadline, the other reminders still', () => {
    expect(pledgeReminderDates({ election: 'general', pollingDay: '2029-05-03', nation: 'Wales', intent: 'register-and-vote', today: '2026-11-30' }).map((r) => r.kind)).toEqual([
      'days-before',
      'polling-day',
    ]);
  });
});

describe('the reminder due on a day', () => {
  const schedule = pledgeReminderDates({ ...local2027, intent: 'register-and-vote', today: '2026-11-30' });
  const due = (today: string) => dueReminder(schedule, { pollingDay: '2027-05-06', deadline: '2027-04-19', today })?.kind;

  it('none before the first date; each from its day', () => {
    expect(due('2027-04-15')).toBeUndefined();
    expect(due('2027-04-16')).toBe('registration-deadline');
    expect(due('2027-05-03')).toBe('days-before');
    expect(due('2027-05-06')).toBe('polling-day');
  });

  it('a late run catches up while it still helps, never after polling day', () => {
    expect(due('2027-04-19')).toBe('registration-deadline');
    expect(due('2027-04-20')).toBeUndefined();
    expect(due('2027-05-05')).toBe('days-before');
    expect(due('2027-05-07')).toBeUndefined();
  });
});
