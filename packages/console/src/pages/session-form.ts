import { html } from 'lit';
import type { CanvassSession } from '@solidarity-widgets/sdk/admin';
import { t } from '../i18n.js';

/** `datetime-local` value (UK time, as sessions are) ↔ ISO instant. */
export function toLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A wall-clock time in London as an ISO instant (finds the offset that day: GMT or BST). */
export function fromLocalInput(value: string): string {
  const asUtc = new Date(`${value}:00Z`);
  const shown = toLocalInput(asUtc.toISOString());
  const drift = new Date(`${shown}:00Z`).getTime() - asUtc.getTime();
  return new Date(asUtc.getTime() - drift).toISOString();
}

/** The fields of a session, blank (create) or filled in (edit). Ids are prefixed so two forms can share a page. */
export function sessionFields(lang: string, prefix: string, session?: CanvassSession, seat = '') {
  const field = (name: string, label: string, value: string, type = 'text', required = true) => html`
    <label for="${prefix}-${name}">${label}</label>
    <input id="${prefix}-${name}" name=${name} type=${type} .value=${value} ?required=${required} />`;
  return html`
    ${session ? '' : field('constituencyCode', t(lang, 'form.seat'), seat)}
    ${field('title', t(lang, 'form.title'), session?.title ?? '')}
    ${field('startsAt', t(lang, 'form.startsAt'), session ? toLocalInput(session.startsAt) : '', 'datetime-local')}
    ${field('endsAt', t(lang, 'form.endsAt'), session ? toLocalInput(session.endsAt) : '', 'datetime-local')}
    ${field('meetingPoint', t(lang, 'form.meetingPoint'), session?.meetingPoint ?? '')}
    ${field('organiserName', t(lang, 'form.organiserName'), session?.organiser.name ?? '')}
    ${field('organiserContact', t(lang, 'form.organiserContact'), session?.organiser.contact ?? '')}
    ${field('accessibility', t(lang, 'form.accessibility'), session?.accessibility ?? '', 'text', false)}
    <label for="${prefix}-capacity">${t(lang, 'form.capacity')}</label>
    <input id="${prefix}-capacity" name="capacity" type="number" min="1" max="1000" required .value=${String(session?.capacity ?? 20)} />`;
}

export function readSessionForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const accessibility = text('accessibility');
  return {
    constituencyCode: text('constituencyCode').toUpperCase(),
    title: text('title'),
    startsAt: fromLocalInput(text('startsAt')),
    endsAt: fromLocalInput(text('endsAt')),
    meetingPoint: text('meetingPoint'),
    organiserName: text('organiserName'),
    organiserContact: text('organiserContact'),
    accessibility: accessibility === '' ? undefined : accessibility,
    capacity: Number(text('capacity')),
  };
}
