import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/client';
import { createEvent, createEventBatch } from '../../db/queries/events';
import type { EventInput } from '../../lib/events/event-input-schema';
import { dumpDatabase } from '../support/temp-database';

const dir = mkdtempSync(join(tmpdir(), 'summitry-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(script: 'backup' | 'restore', args: string[], databasePath: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', `db/cli/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_PATH: databasePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function draft(index: number): EventInput {
  return {
    kind: index % 3 === 0 ? 'visit' : 'meeting',
    title: `Backup test event ${index}`,
    start: `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    location: { city: ['Rome', 'Paris', 'Berlin'][index % 3], country: ['IT', 'FR', 'DE'][index % 3] },
    participants: [
      { name: `Envoy ${index % 97}`, role: 'Special Envoy', country: 'IT' },
      { name: `Minister ${index % 89}`, role: 'Foreign Minister', country: 'FR' },
    ],
    sources: [{ url: `https://example.org/report/${index % 50}`, publisher: 'Wire', evidence: [{ start: 0, end: 10 }] }],
  };
}

/** A database view without the connection: what `dumpDatabase` compares. */
function dumpFile(path: string): string {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return dumpDatabase({ $client: sqlite } as unknown as Db);
  } finally {
    sqlite.close();
  }
}

/** Every event in the copy is whole: its two participants, its evidence and one revision per version. */
function checkWhole(path: string): { events: number; broken: number; integrity: string } {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(sqlite.pragma('integrity_check', { simple: true }));
    const events = (sqlite.prepare('select count(*) as n from events').get() as { n: number }).n;
    const broken = (
      sqlite
        .prepare(
          `select count(*) as n from events e where
             (select count(*) from event_participants p where p.event_id = e.id) <> 2
          or (select count(*) from evidence v where v.event_id = e.id) < 1
          or (select count(*) from revisions r where r.event_id = e.id) <> e.version`,
        )
        .get() as { n: number }
    ).n;
    return { events, broken, integrity };
  } finally {
    sqlite.close();
  }
}

describe('db:backup while the database is being written', () => {
  const source = join(dir, 'live.db');
  const backup = join(dir, 'live-backup.db');
  let writer: Db;
  let before = 0;
  let after = 0;
  let result: CliResult;
  let writesDuringBackup = 0;

  beforeAll(async () => {
    writer = openDatabase(source);
    createEventBatch(writer, Array.from({ length: 3000 }, (_, i) => ({ input: draft(i) })), 'seed');
    before = 3000;
    let done = false;
    const cli = runCli('backup', [backup], source).then((r) => {
      done = true;
      return r;
    });
    // Another connection keeps committing events for as long as the backup runs.
    let index = 3000;
    while (!done) {
      createEvent(writer, draft(index++), 'writer');
      writesDuringBackup++;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    result = await cli;
    after = index;
    writer.$client.close();
  }, 60_000);

  it('finishes with a message and exit code 0', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Backed up .*live\.db to .*live-backup\.db: \d+ events/);
    expect(writesDuringBackup).toBeGreaterThan(5);
  });

  it('is one committed state: intact, every event whole, between the counts before and after', () => {
    const copy = checkWhole(backup);
    expect(copy.integrity).toBe('ok');
    expect(copy.broken).toBe(0);
    expect(copy.events).toBeGreaterThanOrEqual(before);
    expect(copy.events).toBeLessThanOrEqual(after);
  });

  it('is a single file that needs no WAL beside it', () => {
    expect(existsSync(`${backup}-wal`)).toBe(false);
    expect(readFileSync(backup).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  });

  describe('db:restore of that backup', () => {
    const target = join(dir, 'restored.db');
    let restored: CliResult;

    beforeAll(async () => {
      // An existing, different database (with a WAL of its own) is what a restore replaces.
      const old = openDatabase(target);
      createEvent(old, { ...draft(1), title: 'Only in the old database' }, 'old');
      old.$client.close();
      restored = await runCli('restore', [backup], target);
    }, 60_000);

    it('replaces the database with exactly the backup', () => {
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/Restored .*restored\.db from .*live-backup\.db: \d+ events\. Start the server/);
      expect(dumpFile(target)).toBe(dumpFile(backup));
      expect(existsSync(`${target}-wal`)).toBe(false);
    });

    it('gives a database the app opens, migrates and writes to', () => {
      const db = openDatabase(target);
      const count = (db.$client.prepare('select count(*) as n from events').get() as { n: number }).n;
      const created = createEvent(db, draft(99_999), 'after-restore');
      db.$client.close();
      expect(count).toBe(checkWhole(backup).events);
      expect(created.version).toBe(1);
    });
  });
});

describe('refusals', () => {
  const database = join(dir, 'refusals.db');
  beforeAll(() => {
    const db = openDatabase(database);
    createEvent(db, draft(1), 'seed');
    db.$client.close();
  });

  it('backup without a file name: usage on stderr, exit 2', async () => {
    const result = await runCli('backup', [], database);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/give exactly one backup file name[\s\S]*Usage: npm run db:backup -- FILE/);
  });

  it('backup of a database that does not exist: exit 2', async () => {
    const result = await runCli('backup', [join(dir, 'x.db')], join(dir, 'missing.db'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/there is no database at .*missing\.db/);
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
  });

  it('backup into a folder that does not exist: exit 2', async () => {
    const result = await runCli('backup', [join(dir, 'no-such-folder', 'x.db')], database);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/folder .*no-such-folder does not exist/);
  });

  it('restore without a file name, or of a missing file: exit 2', async () => {
    const none = await runCli('restore', [], database);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: npm run db:restore -- FILE/);
    const missing = await runCli('restore', [join(dir, 'nope.db')], database);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no backup file at .*nope\.db/);
  });

  it('restore of something that is not a SQLite database leaves the database alone', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database\n'.repeat(100));
    const beforeDump = dumpFile(database);
    const result = await runCli('restore', [junk], database);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/junk\.db is not a SQLite database; nothing was changed/);
    expect(dumpFile(database)).toBe(beforeDump);
  });

  it('restore of a SQLite file without our tables is refused', async () => {
    const other = join(dir, 'other.db');
    const sqlite = new Database(other);
    sqlite.exec('create table notes (body text); insert into notes values (1)');
    sqlite.close();
    const result = await runCli('restore', [other], database);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a Summitry database \(no events, .* table\); nothing was changed/);
  });

  it('restore of a damaged backup is refused', async () => {
    const good = join(dir, 'good.db');
    expect((await runCli('backup', [good], database)).code).toBe(0);
    const damaged = join(dir, 'damaged.db');
    const bytes = readFileSync(good);
    // Scribble over the second page onwards, past the header, so the file still looks like SQLite.
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6));
    writeFileSync(damaged, bytes);
    const result = await runCli('restore', [damaged], database);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/damaged\.db (is damaged|cannot be read as a database).*nothing was changed/);
  });

  it('restore while another connection (a running server) has the database open is refused', async () => {
    const good = join(dir, 'good2.db');
    expect((await runCli('backup', [good], database)).code).toBe(0);
    const server = openDatabase(database);
    const beforeDump = dumpDatabase(server);
    try {
      const result = await runCli('restore', [good], database);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/is in use \(is the server running\?\)\. Stop the server/);
      expect(dumpDatabase(server)).toBe(beforeDump);
    } finally {
      server.$client.close();
    }
  });
});
