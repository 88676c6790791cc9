import { statements as initial } from './0001_initial.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** Every migration in order. Append only. */
export const migrations: readonly Migration[] = [{ id: 1, name: 'initial', statements: initial }];
