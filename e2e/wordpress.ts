import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
// The same free-port helper the server's own tests use.
import { freePort } from '../packages/server/src/testing/ports.js';

/**
 * A throwaway WordPress for tests, like packages/server/src/testing/postgres.ts does for PostgreSQL: Debian's
 * `wordpress` package copied into a temp folder with a generated wp-config.php, a MariaDB made for it in the same
 * folder (unix socket only, no network), and PHP's built-in server on a free loopback port. Installed
 * non-interactively (wp_install() from a PHP script), ready for a plugin to be copied in and activated.
 *
 * Needs the Debian packages `wordpress`, `mariadb-server`, `php`, `php-mysql` (and a theme:
 * `wordpress-theme-twentytwentythree`); `.ci/run` installs them. Without them `startWordPress` gives undefined (the
 * tests skip with the reason), unless REQUIRE_WORDPRESS=1, which makes that a failure.
 */
export interface TestWordPress {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly admin: { readonly user: string; readonly password: string };
  /** Runs PHP with WordPress loaded (wp-load.php, admin includes) and returns what it printed. */
  php(code: string): Promise<string>;
  /** Copies a plugin folder into wp-content/plugins/<slug>. */
  addPlugin(from: string, slug: string): void;
  stop(): Promise<void>;
}

const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'];
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'];
const CLIENT = ['/usr/bin/mariadb', '/usr/bin/mysql'];
const PHP = ['/usr/bin/php'];

const first = (paths: string[]) => paths.find((p) => existsSync(p));

/** Why WordPress cannot run here, or undefined when it can. */
export function wordpressUnavailable(): string | undefined {
  const missing = [
    [existsSync(join(WORDPRESS, 'wp-settings.php')), `${WORDPRESS} (apt-get install wordpress)`],
    [existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree')), 'the Twenty Twenty-Three theme (apt-get install wordpress-theme-twentytwentythree)'],
    [first(MARIADBD), 'mariadbd (apt-get install mariadb-server)'],
    [first(INSTALL_DB), 'mariadb-install-db (apt-get install mariadb-server)'],
    [first(CLIENT), 'the mariadb client (apt-get install mariadb-client)'],
    [first(PHP), 'php (apt-get install php php-mysql)'],
  ]
    .filter(([ok]) => !ok)
    .map(([, what]) => what);
  return missing.length ? `missing: ${missing.join(', ')}` : undefined;
}

function run(cmd: string, args: string[], options: { cwd?: string; timeout?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: options.timeout ?? 60_000, maxBuffer: 16 * 1024 * 1024, ...(options.cwd ? { cwd: options.cwd } : {}) }, (error, stdout, stderr) =>
      error ? reject(new Error(`${cmd} ${args.join(' ')} failed: ${error.message}\n${stderr}\n${stdout}`)) : resolve(stdout),
    );
  });
}


/**
 * Stops a process started with `detached: true` and everything in its process group: PHP's built-in server with
 * PHP_CLI_SERVER_WORKERS forks workers that outlive their parent when only the parent is signalled.
 */
function stopGroup(proc: ChildProcess | undefined): Promise<void> {
  if (!proc?.pid) return Promise.resolve();
  const pid = proc.pid;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  if (proc.exitCode !== null || proc.signalCode !== null) {
    signalGroup('SIGKILL'); // any workers left behind
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup('SIGKILL');
      resolve();
    }, 10_000);
    proc.once('exit', () => {
      clearTimeout(timer);
      signalGroup('SIGKILL');
      resolve();
    });
    signalGroup('SIGTERM');
  });
}

const phpString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export async function startWordPress(): Promise<TestWordPress | undefined> {
  const why = wordpressUnavailable();
  if (why) {
    if (process.env['REQUIRE_WORDPRESS']) throw new Error(`WordPress is required (REQUIRE_WORDPRESS=1) but unavailable: ${why}`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sw-wp-'));
  const socket = join(dir, 'mysql.sock');
  const wp = join(dir, 'wordpress');
  let db: ChildProcess | undefined;
  let web: ChildProcess | undefined;
  const cleanUp = async () => {
    await stopGroup(web);
    await stopGroup(db);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: its own data folder, listening on a unix socket only. mariadbd refuses to run as root unless told
    // to (`--user`); the database's root user has no password and is reachable through that socket alone.
    const user = userInfo().username;
    await run(first(INSTALL_DB)!, ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', `--user=${user}`], { timeout: 120_000 });
    db = spawn(
      first(MARIADBD)!,
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'mysql.pid')}`,
        `--log-error=${join(dir, 'mariadb.err')}`,
        `--user=${user}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
      ],
      { stdio: 'ignore', detached: true },
    );
    const client = (sql: string) => run(first(CLIENT)!, ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql]);
    for (let i = 0; ; i++) {
      try {
        await client('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4');
        break;
      } catch (error) {
        if (i >= 150 || db.exitCode !== null) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }

    // WordPress: a copy of Debian's (its own wp-config.php looks in /etc/wordpress; ours is generated here).
    cpSync(WORDPRESS, wp, { recursive: true, dereference: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const key = () => randomBytes(32).toString('hex');
    writeFileSync(
      join(wp, 'wp-config.php'),
      `<?php
// Generated by e2e/wordpress.ts for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_HOME', ${phpString(url)} );
define( 'WP_SITEURL', ${phpString(url)} );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${phpString(join(dir, 'debug.log'))} );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${key()}' );`).join('\n')}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // No mail server here: WordPress would try /usr/sbin/sendmail on install and on every password change.
    mkdirSync(join(wp, 'wp-content', 'mu-plugins'), { recursive: true });
    writeFileSync(join(wp, 'wp-content', 'mu-plugins', 'no-mail.php'), "<?php\nadd_filter( 'pre_wp_mail', '__return_false' );\n");

    const php = async (code: string, installing = false) => {
      const file = join(dir, `run-${randomBytes(6).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
${installing ? "define( 'WP_INSTALLING', true );" : ''}
$_SERVER['HTTP_HOST'] = ${phpString(`127.0.0.1:${port}`)};
$_SERVER['REQUEST_URI'] = '/';
require ${phpString(join(wp, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`,
      );
      try {
        return await run(first(PHP)!, [file], { cwd: wp });
      } finally {
        rmSync(file, { force: true });
      }
    };

    const admin = { user: 'admin', password: randomBytes(12).toString('hex') };
    await php(`wp_install( 'Solidarity test union', ${phpString(admin.user)}, 'admin@example.org', false, '', ${phpString(admin.password)} ); switch_theme( 'twentytwentythree' );`, true);

    // PHP's built-in server with a few workers, so the page's own assets load in parallel.
    web = spawn(first(PHP)!, ['-S', `127.0.0.1:${port}`, '-t', wp], {
      cwd: wp,
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    for (let i = 0; ; i++) {
      try {
        const res = await fetch(`${url}/wp-login.php`);
        if (res.status === 200) break;
      } catch (error) {
        if (i >= 100 || web.exitCode !== null) throw error;
      }
      await new Promise((r) => setTimeout(r, 100));
    }

    return {
      url,
      admin,
      php: (code) => php(code),
      addPlugin(from, slug) {
        cpSync(from, join(wp, 'wp-content', 'plugins', slug), { recursive: true });
      },
      stop: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
