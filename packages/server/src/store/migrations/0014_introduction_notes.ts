/**
 * 0014: organisers' notes on an introduction (issue 12: "introductions (status, notes, CSV)"). Free text an organiser
 * writes (who called whom, what was agreed); erased with the introduction. 0013 is the pledges table.
 */
export const statements: readonly string[] = [`ALTER TABLE introductions ADD COLUMN notes text`];
