import { afterAll, beforeAll } from 'vitest';
import { runAdmin } from '../cli/admin.js';
import { startServer, type RunningServer } from '../cli/start.js';
import { silentLogger } from '../http/logging.js';

export interface CliHarness {
  /** The running server (set once the suite's beforeAll has run). */
  readonly server: RunningServer;
  /** Runs `npm run admin -- …args` against that server and returns what it printed. */
  admin(...args: string[]): Promise<string>;
}

/**
 * A real server on an ephemeral port for the admin CLI, which finds it through API_URL and ADMIN_TOKEN: both are set
 * for the suite and put back afterwards. Call at the top of a test file (or a describe block).
 */
export function useCliServer(): CliHarness {
  let running: RunningServer | undefined;
  const saved = { API_URL: process.env['API_URL'], ADMIN_TOKEN: process.env['ADMIN_TOKEN'] };
  beforeAll(async () => {
    running = await startServer({ port: 0, memory: true, seed: false, log: silentLogger });
    process.env['API_URL'] = running.url;
    process.env['ADMIN_TOKEN'] = running.adminToken;
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await running?.close();
  });
  return {
    get server() {
      if (!running) throw new Error('useCliServer: the server starts in beforeAll');
      return running;
    },
    async admin(...args) {
      let out = '';
      await runAdmin(args, (t) => (out += t));
      return out;
    },
  };
}
