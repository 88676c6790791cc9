import { createServer } from 'node:net';

/** A loopback port nothing listens on right now (for servers the tests start: PostgreSQL, HAProxy, PHP, instances). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}
