import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite's folder must never be opened by two processes (it would be corrupted), so the server keeps
 * `<dataDir>/server.pid` while it runs and the CLI's direct-database commands refuse to run beside it.
 */
export const lockFile = (dataDir: string): string => join(dataDir, 'server.pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live server using this folder, if any (a stale file from a crash is ignored). */
export function runningPid(dataDir: string): number | undefined {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

export function takeLock(dataDir: string): () => void {
  const other = runningPid(dataDir);
  if (other !== undefined) {
    throw new Error(
      `Another server (pid ${other}) is already using ${dataDir}. The embedded database can only be opened by one process: stop it first or use another DATA_DIR (if no server is running, delete ${lockFile(dataDir)}).`,
    );
  }
  const file = lockFile(dataDir);
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      // already gone
    }
  };
}
