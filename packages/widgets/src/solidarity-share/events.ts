/** Detail of `solidarity-shared`: how the supporter chose to share. No text, link or code: the page does not need them. */
export interface SolidaritySharedDetail {
  /** `native` (the device's share sheet), a network, `email` or `copy`. */
  readonly via: 'native' | 'whatsapp' | 'telegram' | 'facebook' | 'x' | 'email' | 'copy';
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'solidarity-shared': CustomEvent<SolidaritySharedDetail>;
  }
}
