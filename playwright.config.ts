import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/** A port nobody is listening on, asked of the OS, so parallel runs and a running app don't collide. */
function findFreePort(): string {
  if (process.env.E2E_PORT) return process.env.E2E_PORT;
  return execFileSync(process.execPath, [
    '-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
}

const port = (process.env.E2E_PORT ??= findFreePort());
const databaseDir = join(process.cwd(), 'test-results', 'e2e-db');
const databasePath = join(databaseDir, 'summitry.db');
// Playwright loads this file in every worker: only the first load resets the database.
if (!process.env.E2E_DATABASE_READY) {
  rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(databaseDir, { recursive: true });
  process.env.E2E_DATABASE_READY = '1';
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The production build, migrated and loaded with the demo data, exactly as `npm start` serves it.
    command: `npx next build && npx tsx db/cli/setup.ts && HOST=127.0.0.1 npx tsx lib/server/serve.ts`,
    url: `http://127.0.0.1:${port}/api/events?from=2026-01-01&to=2026-01-02`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { DATABASE_PATH: databasePath, PORT: port, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
