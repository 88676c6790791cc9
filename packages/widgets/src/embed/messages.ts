/**
 * What an embed page (`/embed/<widget>`, served by the API server) posts to the page that frames it, at that page's
 * origin only. Documented in docs/embedding.md ("In an iframe"); `/cdn/embed.js` is the parent-side listener.
 * Types only: the two scripts that use them are built as standalone files (no shared chunk).
 */

/** Every message carries these, so a parent page can tell ours from other frames' messages. */
interface EmbedMessageBase {
  readonly source: 'solidarity-widgets';
  /** The shape's version: a new field keeps it, a changed meaning bumps it. */
  readonly version: 1;
}

/** The embed page's content is now `height` CSS pixels tall: size the iframe to it. */
export interface EmbedResizeMessage extends EmbedMessageBase {
  readonly type: 'resize';
  readonly height: number;
}

/** A widget in the frame fired `name` (e.g. `constituency-found`) with this `detail` (no personal data, as on a page). */
export interface EmbedEventMessage extends EmbedMessageBase {
  readonly type: 'event';
  readonly name: string;
  readonly detail: unknown;
}

export type EmbedMessage = EmbedResizeMessage | EmbedEventMessage;
