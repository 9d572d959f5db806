import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureProductionBuild, startProductionServer, type RunningServer } from './next-server';

/**
 * The production server (`npm start`'s entry) on its own empty database for one test file,
 * started before its tests and stopped after them. Read `.url` inside tests.
 */
export function startProductionServerForFile(env: Record<string, string> = {}): { readonly url: string; readonly server: RunningServer; readonly databasePath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'summitry-prod-'));
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await ensureProductionBuild();
    server = await startProductionServer({ databasePath: join(dir, 'test.db'), env });
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get url() {
      return server!.url;
    },
    get server() {
      return server!;
    },
    databasePath: join(dir, 'test.db'),
  };
}
