/**
 * A `blob:` URL for the receipt's iCalendar text, so "Add to calendar" works
 * offline, under a strict CSP (no `data:` needed) and without a second request.
 * Whoever creates one must `revoke()` it (on disconnect, or when the
 * confirmation goes away) so the browser can free it.
 */
export interface IcsDownload {
  readonly href: string;
  readonly filename: string;
  revoke(): void;
}

export const ICS_FILENAME = 'canvass-session.ics';

export function createIcsDownload(ics: string): IcsDownload {
  const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  let revoked = false;
  return {
    href,
    filename: ICS_FILENAME,
    revoke() {
      if (revoked) return;
      revoked = true;
      URL.revokeObjectURL(href);
    },
  };
}
