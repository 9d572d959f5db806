import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const NEXT_BIN = join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

const hasBuild = () => existsSync(join(process.cwd(), '.next', 'BUILD_ID'));

/**
 * `next start` needs a production build. Several sessions share this checkout and may be
 * rebuilding `.next` right now (BUILD_ID is written last): wait for theirs before starting one,
 * and if ours collides with another and fails, wait again.
 */
export async function ensureProductionBuild({ waitMs = 60_000 } = {}): Promise<void> {
  const waitForBuild = async () => {
    const deadline = Date.now() + waitMs;
    while (!hasBuild() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1000));
    return hasBuild();
  };
  if (hasBuild() || (await waitForBuild())) return;
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: process.env });
  if (build.status === 0 || (await waitForBuild())) return;
  throw new Error(`next build failed with exit code ${build.status}`);
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
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(chosen), '-H', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', DATABASE_PATH: databasePath, NEXT_TELEMETRY_DISABLED: '1', ...env },
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
    if (!alive) throw new Error(`next start exited before it was ready:\n${output}`);
    try {
      const response = await fetch(url + readyPath);
      await response.arrayBuffer();
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`next start was not ready within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port: chosen, process: child, output: () => output, stop };
}
