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
 * `next start` needs a production build. Test files run in parallel processes, and on a clean
 * checkout each may find none: one takes the lock and builds, the others wait for it (a second
 * `next build` in the same folder would delete the files a started server reads).
 */
export async function ensureProductionBuild({ waitMs = 600_000 } = {}): Promise<void> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (!existsSync(LOCK) && hasBuild()) return;
    if (tryLock()) {
      try {
        if (hasBuild()) return;
        const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: process.env });
        if (build.status !== 0) throw new Error(`next build failed with exit code ${build.status}`);
        return;
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    }
    await sleep(1000);
  }
  throw new Error(`no production build after waiting ${waitMs / 1000} s for another process's build`);
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
 */
export async function startProductionServer({
  databasePath,
  port,
  env = {},
  readyPath = '/api/events?from=2000-01-01&to=2000-01-02',
  timeoutMs = 30_000,
}: {
  databasePath: string;
  port?: number;
  env?: Record<string, string>;
  readyPath?: string;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const chosen = port ?? (await findFreePort());
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databasePath, HOST: '127.0.0.1', PORT: String(chosen), NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
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
