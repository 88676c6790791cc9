/**
 * The English of what <solidarity-wall> shows only with its messages (message-list.ts), kept out of the widget's first load
 * (issue 17): it ships in that lazy chunk, which adds it to the widget's catalogue (`addEnglish`) when it loads.
 * The other languages translate these ids in the same files as the rest (`<lang>.ts`); `core/i18n/catalogues.ts`
 * merges them back for the checks and tools.
 */
export const later = {
  'wall.writtenIn': 'Written in {language}',
  'wall.loadMore': 'Load more',
} as const;
