/**
 * Rendered VEVENTs kept in a SQLite file of their own beside the database (`<db>.ical-cache.sqlite`),
 * so neither a restart nor a new feed has ical-generator write an unchanged event again.
 *
 * Never in the main file: every memo and feed validator keys on its change counter
 * (`pragma data_version` and `total_changes()`, db/queries/data-version.ts), and a cache write there
 * would make every feed look changed. The file is disposable: deleting it costs one render per
 * event, and an error reading or writing it only costs renders, never a feed.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VeventCache, type StoredVevent, type VeventStore } from '../lib/ical/vevent-cache';
import { resolveDatabasePath } from './client';

/** The cache file for a database file; an in-memory database gets an in-memory cache. */
export function resolveIcalCachePath(databasePath: string): string {
  return databasePath === ':memory:' ? ':memory:' : `${databasePath}.ical-cache.sqlite`;
}

const SCHEMA = `
  create table if not exists vevents (
    event_id integer not null,
    version integer not null,
    options_key text not null,
    fingerprint text not null,
    tzid text,
    body text not null,
    primary key (event_id, options_key, version)
  ) without rowid`;

interface Row {
  fingerprint: string;
  tzid: string | null;
  body: string;
}

export class SqliteVeventStore implements VeventStore {
  private readonly readRow: Database.Statement<[number, string, number], Row>;
  private readonly dropOtherVersions: Database.Statement<[number, string, number]>;
  private readonly upsert: Database.Statement<[number, number, string, string, string | null, string]>;
  private readonly writeAll: (rows: readonly StoredVevent[]) => void;
  private failed = false;

  constructor(readonly sqlite: Database.Database) {
    sqlite.pragma('journal_mode = WAL');
    // WAL with NORMAL syncs at checkpoints, not commits: a write lost to a power cut costs one
    // render, and the file stays intact.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.exec(SCHEMA);
    this.readRow = sqlite.prepare('select fingerprint, tzid, body from vevents where event_id = ? and options_key = ? and version = ?');
    this.dropOtherVersions = sqlite.prepare('delete from vevents where event_id = ? and options_key = ? and version <> ?');
    this.upsert = sqlite.prepare('insert or replace into vevents (event_id, version, options_key, fingerprint, tzid, body) values (?, ?, ?, ?, ?, ?)');
    this.writeAll = sqlite.transaction((rows: readonly StoredVevent[]) => {
      for (const row of rows) {
        this.dropOtherVersions.run(row.eventId, row.optionsKey, row.version);
        this.upsert.run(row.eventId, row.version, row.optionsKey, row.fingerprint, row.tzid, row.text);
      }
    });
  }

  read(eventId: number, version: number, optionsKey: string): StoredVevent | undefined {
    try {
      const row = this.readRow.get(eventId, optionsKey, version);
      return row && { eventId, version, optionsKey, fingerprint: row.fingerprint, text: row.body, tzid: row.tzid };
    } catch (error) {
      this.report(error);
      return undefined;
    }
  }

  write(rows: readonly StoredVevent[]): void {
    try {
      this.writeAll(rows);
    } catch (error) {
      this.report(error);
    }
  }

  /** Rows held, for tests and the benchmark. */
  count(): number {
    return (this.sqlite.prepare('select count(*) as n from vevents').get() as { n: number }).n;
  }

  close(): void {
    this.sqlite.close();
  }

  private report(error: unknown): void {
    // Once per process: a full disk would otherwise log on every request.
    if (this.failed) return;
    this.failed = true;
    console.error(`iCal cache: ${(error as Error).message}; feeds are rendered without it where it fails.`);
  }
}

/** Opens (creating if needed) the cache file at `path`. */
export function openVeventStore(path: string): SqliteVeventStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return new SqliteVeventStore(new Database(path));
}

const holder = globalThis as unknown as { summitryVeventCache?: { path: string; cache: VeventCache; store: SqliteVeventStore | null } };

/**
 * The process-wide VEVENT cache the feed routes share: memory in front of the cache file beside the
 * database DATABASE_PATH names (kept across hot reloads in development, as getDb's connection is).
 */
export function getVeventCache(): VeventCache {
  const path = resolveIcalCachePath(resolveDatabasePath());
  const kept = holder.summitryVeventCache;
  // Kept on globalThis, not in this module: route bundles may each hold their own copy of it.
  if (!kept || kept.path !== path) {
    kept?.store?.close();
    let store: SqliteVeventStore | null = null;
    try {
      store = openVeventStore(path);
    } catch (error) {
      // An unwritable directory or a damaged file: feeds still work, rendered per process.
      console.error(`iCal cache: cannot open ${path} (${(error as Error).message}); VEVENTs are cached in memory only.`);
    }
    const cache = new VeventCache(undefined, store);
    holder.summitryVeventCache = { path, cache, store };
    return cache;
  }
  return kept.cache;
}
