import * as z from 'zod/mini';

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.enum(['pglite', 'postgres']),
  dataCurrentTo: z.iso.date(),
});
export type Health = z.infer<typeof Health>;
