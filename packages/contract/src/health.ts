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
