import * as z from 'zod/mini';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.enum(['pglite', 'postgres']),
  dataCurrentTo: z.iso.date(),
  /** The later of `dataCurrentTo` and the newest MP party change an operator recorded (as `Constituency.factsCurrentTo`). */
  factsCurrentTo: z.optional(z.iso.date()),
});
export type Health = z.infer<typeof Health>;

/** `GET /v1/health/live`: the process answers. Touches no database, so a restart is only asked for when the process itself is stuck. */
export const Liveness = z.object({ status: z.literal('ok') });
export type Liveness = z.infer<typeof Liveness>;

/** `GET /v1/health/ready`: the database answers and every migration has run, so this instance may take traffic. */
export const Readiness = z.object({
  status: z.literal('ready'),
  store: z.enum(['pglite', 'postgres']),
  /** How many schema migrations the database has applied. */
  migrations: z.number().check(z.int(), z.gte(0)),
});
export type Readiness = z.infer<typeof Readiness>;
