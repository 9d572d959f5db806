import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/summitry.db';

export function resolveDatabasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openDatabase(path: string = resolveDatabasePath()): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers (feeds, timeline) go on while an editor writes; the busy timeout makes a
  // second writer wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder: join(process.cwd(), 'db', 'migrations') });
  return db;
}

const holder = globalThis as unknown as { summitryDb?: { path: string; db: Db } };

/** The process-wide database, opened once (and kept across hot reloads in development). */
export function getDb(): Db {
  const path = resolveDatabasePath();
  if (!holder.summitryDb || holder.summitryDb.path !== path) {
    holder.summitryDb = { path, db: openDatabase(path) };
  }
  return holder.summitryDb.db;
}
