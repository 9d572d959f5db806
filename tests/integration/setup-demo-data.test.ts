import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// What `npm start` runs before serving: migrations, then demo data into an empty database unless
// DEMO_DATA=none (issue 14: a documented way to start without demo data).
const dir = mkdtempSync(join(tmpdir(), 'summitry-setup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(databasePath: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'db/cli/setup.ts'], { env: { ...process.env, DATABASE_PATH: databasePath, ...env }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const db = new Database(databasePath, { readonly: true });
  const count = (db.prepare('select count(*) as n from events').get() as { n: number }).n;
  db.close();
  return { count, output: run.stdout };
}

describe('npm start on a new database', () => {
  it('loads the demo calendar by default', () => {
    const { count, output } = setup(join(dir, 'demo.db'));
    expect(count).toBeGreaterThan(40);
    expect(output).toMatch(/loaded \d+ demo events/);
  });

  it('starts empty with DEMO_DATA=none, migrated and ready', () => {
    const { count, output } = setup(join(dir, 'empty.db'), { DEMO_DATA: 'none' });
    expect(count).toBe(0);
    expect(output).toContain('migrated.');
  });
});
