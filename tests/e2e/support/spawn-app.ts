import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpawnedApp {
  baseURL: string;
  databasePath: string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A second instance of the production build (the one Playwright's webServer built) on an empty
 * database, for flows that must start from nothing, such as ingesting the seed report.
 */
export async function spawnAppOnEmptyDatabase(env: Record<string, string> = {}): Promise<SpawnedApp> {
  const dir = mkdtempSync(join(tmpdir(), 'summitry-e2e-'));
  const databasePath = join(dir, 'summitry.db');
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['tsx', 'lib/server/serve.ts'], {
    env: { ...process.env, DATABASE_PATH: databasePath, HOST: '127.0.0.1', PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${baseURL}/api/events?from=2026-01-01&to=2026-01-02`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the second app instance did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseURL,
    databasePath,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The admin account the e2e tests sign in with, made from the command line as the README says. */
export const E2E_ADMIN = { email: 'admin@example.org', password: 'a long admin password' };

/** A fresh app whose first account is an admin created by `npm run user:create`. */
export async function spawnAppWithAdmin(): Promise<SpawnedApp> {
  const app = await spawnAppOnEmptyDatabase();
  execFileSync('npx', ['tsx', 'db/cli/user-create.ts', '--email', E2E_ADMIN.email, '--password', E2E_ADMIN.password, '--role', 'admin'], {
    env: { ...process.env, DATABASE_PATH: app.databasePath },
  });
  return app;
}

/** The demo calendar loaded into a spawned app's database by `npm run db:seed`, as the README says. */
export function loadDemoData(app: SpawnedApp): void {
  execFileSync('npx', ['tsx', 'db/cli/seed.ts'], { env: { ...process.env, DATABASE_PATH: app.databasePath } });
}
