import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

const NEXT_BIN = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
/** What `npm start` runs: Next's handler behind lib/server's header normalisation and guards. */
const SERVER_ENTRY = join(process.cwd(), 'lib', 'server', 'serve.ts');

const hasBuild = () => existsSync(join(process.cwd(), '.next', 'BUILD_ID'));
const LOCK = join(process.cwd(), 'node_modules', '.cache', 'summitry-next-build.lock');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the build lock (a directory: creating one is atomic), or says who holds it. */
function tryLock(): boolean {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    // held: by a live process, or left behind by one that was killed
    const holder = Number(readFileSync(join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (holder && !isAlive(holder)) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * Runs `work` holding the build lock, once no other process holds it; `ready()` says whether the
 * work is already done (checked before taking the lock and again once it is held).
 */
async function withBuildLock(ready: () => boolean, work: () => void, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (!existsSync(LOCK) && ready()) return;
    if (tryLock()) {
      try {
        if (!ready()) work();
        return;
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    }
    await sleep(1000);
  }
  throw new Error(`the build lock was still held by another process after ${waitMs / 1000} s`);
}

/**
 * `next start` needs a production build. Test files run in parallel processes, and on a clean
 * checkout each may find none: one takes the lock and builds, the others wait for it (a second
 * `next build` in the same folder would delete the files a started server reads).
 */
export async function ensureProductionBuild({ waitMs = 600_000 } = {}): Promise<void> {
  await withBuildLock(
    hasBuild,
    () => {
      const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: process.env });
      if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
    },
    waitMs,
  );
}

/**
 * `npm start`'s prestart exactly as a user's `npm start` runs it (a fresh `next build`, then the
 * database set-up: migrations, demo data if empty, the auth secret), under the build lock. For the
 * load bench, which must measure today's code, never a build left in .next by an older checkout.
 */
export async function runNpmPrestart(databasePath: string, { waitMs = 900_000 } = {}): Promise<void> {
  let done = false;
  await withBuildLock(
    () => done,
    () => {
      const run = spawnSync('npm', ['run', 'prestart'], { stdio: 'inherit', env: { ...process.env, DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1' } });
      if (run.status !== 0) throw new Error(`npm run prestart failed with exit code ${run.status}`);
      done = true;
    },
    waitMs,
  );
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  /** Signals the whole process group (next start may fork), then waits for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * The production server on loopback with its own database file. Started detached, in its own
 * process group, so stop() reaches every process it spawned and nothing outlives the test.
 * By default it runs `npm start`'s entry directly; with `viaNpmStart` it is `npm start` itself
 * (`--ignore-scripts` skips only the prestart, which runNpmPrestart has run under the build lock).
 */
export async function startProductionServer({
  databasePath,
  port,
  env = {},
  readyPath = '/api/events?from=2000-01-01&to=2000-01-02',
  timeoutMs = 30_000,
  viaNpmStart = false,
}: {
  databasePath: string;
  port?: number;
  env?: Record<string, string>;
  readyPath?: string;
  timeoutMs?: number;
  viaNpmStart?: boolean;
}): Promise<RunningServer> {
  const chosen = port ?? (await findFreePort());
  const serverEnv = { ...process.env, DATABASE_PATH: databasePath, HOST: '127.0.0.1', PORT: String(chosen), NEXT_TELEMETRY_DISABLED: '1', ...env };
  // `npm start` sets no NODE_ENV (Next makes it 'production' itself); the entry is given it here.
  const child = viaNpmStart
    ? spawn('npm', ['start', '--ignore-scripts'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv })
    : spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...serverEnv, NODE_ENV: (env.NODE_ENV ?? 'production') as 'production' } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!alive || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive) throw new Error(`the production server exited before it was ready:\n${output}`);
    try {
      const response = await fetch(url + readyPath);
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`the production server was not ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port: chosen, process: child, output: () => output, stop };
}
