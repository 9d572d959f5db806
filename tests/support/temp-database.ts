import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDb, type Db } from '../../db/client';

/**
 * Points the app at a fresh SQLite file for this test file. Route handlers read DATABASE_PATH
 * through getDb(), so they use the same real database the test inspects.
 */
export function createTempDatabase(): { db: () => Db; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'summitry-test-'));
  const path = join(dir, 'test.db');
  process.env.DATABASE_PATH = path;
  return {
    path,
    db: () => getDb(),
    cleanup: () => {
      try {
        getDb().$client.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, to show that a refused request changed nothing. */
export function dumpDatabase(db: Db): string {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as Array<{ name: string }>;
  // Rows sorted by their own text: FTS5's shadow tables have no rowid to order by.
  return JSON.stringify(
    tables.map(({ name }) => {
      const rows = db.$client.prepare(`select * from "${name}"`).all() as unknown[];
      return [name, rows.map((row) => ({ key: JSON.stringify(row), row })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ row }) => row)];
    }),
  );
}
