import type { Translation } from '../../core/i18n/localize.js';

/**
 * "Where your help counts" (a partner's `party`) and the hex map: their strings live with those lazy chunks (with their
 * translations as further lazy chunks), so the finder's main bundle carries none of them.
 */
export const en = {
  'targets.heading': 'Where your help counts for {party}',
  'targets.basis': 'Based on 2024 votes: seats within a swing of {swing} points. MPs who changed party since, and by-elections, are not counted as votes.',
  'targets.win': 'Seats to win',
  'targets.hold': 'Seats to hold',
  'targets.winItem': '{name}: {party} needs a swing of {swing} points to win it. {km} km ({miles} miles) away.',
  'targets.holdItem': '{name}: a swing of {swing} points against {party} would lose it. {km} km ({miles} miles) away.',
  'targets.yours': 'Your constituency.',
  'targets.sessions.one': '{count} canvassing session in {name}',
  'targets.sessions.other': '{count} canvassing sessions in {name}',
  'targets.noSessions': 'No canvassing sessions in {name} yet',
  'targets.winNone': 'No seat near you that {party} could win with a swing of up to {swing} points.',
  'targets.holdNone': 'No seat near you that {party} could lose to a swing of up to {swing} points.',
  'targets.error': 'We could not load the seats where your help counts.',
  'map.label': 'Map of constituencies as hexagons, around {name}. Use the arrow keys to move between seats and Enter to show one.',
  'map.labelAll': 'Map of all constituencies as hexagons. Use the arrow keys to move between seats and Enter to show one.',
  'map.hex': '{name}: {party}, majority {percent}%',
  'map.hexVotes.one': '{name}: {party}, majority {count} vote ({percent}%)',
  'map.hexVotes.other': '{name}: {party}, majority {count} votes ({percent}%)',
  'map.swing': 'A swing of {swing} points changes it',
  'map.you': 'Your constituency',
  'map.win': 'Seat to win',
  'map.hold': 'Seat to hold',
  'map.marginal': 'Nearby marginal seat',
  'map.showAll': 'Show the whole map',
  'map.showArea': 'Zoom to your area',
  'map.partyKey': 'Letters show the party of each seat’s MP:',
  'map.other': 'other',
  'map.loading': 'Loading the map…',
  'map.error': 'We could not load the seats for the map. They are listed above.',
} as const;

export type TargetsMessageId = keyof typeof en;
export type TargetsCatalogue = Translation<typeof en>;
