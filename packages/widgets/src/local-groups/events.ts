/** Detail of `local-groups-updated`: what the directory now shows. No personal data. */
export interface LocalGroupsUpdatedDetail {
  /** The seat asked about (GSS code and name); null for a postcode with no seat. */
  readonly constituency: { readonly code: string; readonly name: string } | null;
  /** How many groups are listed (in the seat and its neighbours). */
  readonly count: number;
}

declare global {
  // GlobalEventHandlersEventMap, so listeners on document and window are typed too, not only on elements.
  interface GlobalEventHandlersEventMap {
    'local-groups-updated': CustomEvent<LocalGroupsUpdatedDetail>;
  }
}
