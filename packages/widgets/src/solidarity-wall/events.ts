/** Detail of `solidarity-wall-updated`. */
export interface SolidarityWallUpdatedDetail {
  /** How many messages the wall now shows. */
  readonly shown: number;
  /** How many of them arrived with this update (a page, "Load more" or an auto-refresh). */
  readonly added: number;
  /** Approved messages and distinct countries in total, for this partner (or all partners). */
  readonly totals: { readonly messages: number; readonly countries: number };
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'solidarity-wall-updated': CustomEvent<SolidarityWallUpdatedDetail>;
  }
}
