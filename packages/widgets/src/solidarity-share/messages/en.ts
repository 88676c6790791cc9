import type { Translation, WidgetMessageId } from '../../core/i18n/localize.js';

/**
 * The source catalogue of <solidarity-share> (the "share after acting" block inside the widgets): every string it
 * shows, by id. Other languages translate these ids; a missing id falls back to English.
 */
export const en = {
  'share.heading': 'Ask others to join in',
  // The default text supporters share (partners can replace it with `share-text`). {url} is the link to the
  // partner's page; it ends the text so apps turn it into a preview.
  'share.text': 'I’ve just taken part — join in and find where your help counts: {url}',
  // {seat}: the constituency the supporter looked up or signed up in (e.g. "Lewisham East").
  'share.textSeat': 'I’m helping in {seat} — find where your help counts: {url}',
  // The button that opens the device's own share sheet (phones).
  'share.native': 'Share…',
  // {network}: WhatsApp, Telegram, Facebook or X (names stay as they are).
  'share.on': 'Share on {network}',
  'share.email': 'Share by email',
  // The subject of the email the supporter's own mail app opens with.
  'share.subject': 'Join in',
  'share.copy': 'Copy link',
  // Announced to screen readers after the link was copied.
  'share.copied': 'Link copied.',
  // The label of the (visually hidden) field holding the link, selected when copying is not allowed.
  'share.address': 'Link to share',
} as const;

/** The ids this element's `t()` accepts: its own and the shared ones. */
export type MessageId = WidgetMessageId<typeof en>;
export type Catalogue = Translation<typeof en>;
