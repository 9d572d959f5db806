/**
 * `npm run db:restore -- FILE`: replaces the database named by DATABASE_PATH (default
 * data/summitry.db) with a backup made by `npm run db:backup`. Stop the server first: a running
 * server keeps the old file open and would not see the restored one.
 *
 * The backup is checked (integrity and Summitry's tables) before anything is touched; the new file
 * is built beside the database and renamed over it, so a failure leaves the old database as it was.
 */
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { resolveDatabasePath } from '../client';

const USAGE = 'Usage: npm run db:restore -- FILE   (replaces DATABASE_PATH, default data/summitry.db, with the backup FILE)';
const REQUIRED_TABLES = ['events', 'event_participants', 'people', 'places', 'sources', 'evidence', 'revisions'];
const SQLITE_MAGIC = 'SQLite format 3\0';

function fail(message: string, code: number): never {
  console.error(`db:restore: ${message}`);
  process.exit(code);
}

/** Refuses anything but an intact SQLite file with Summitry's tables; returns its event count. */
function checkBackup(file: string): number {
  const header = Buffer.alloc(16);
  try {
    const fd = openSync(file, 'r');
    readSync(fd, header, 0, 16, 0);
    closeSync(fd);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`, 2);
  }
  if (header.toString('latin1') !== SQLITE_MAGIC) fail(`${file} is not a SQLite database; nothing was changed`, 1);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      fail(`${file} is damaged (integrity_check: ${problems.slice(0, 5).join('; ')}); nothing was changed`, 1);
    }
    const tables = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((row) => row.name),
    );
    const missing = REQUIRED_TABLES.filter((name) => !tables.has(name));
    if (missing.length) fail(`${file} is not a Summitry database (no ${missing.join(', ')} table); nothing was changed`, 1);
    return (db.prepare('select count(*) as n from events').get() as { n: number }).n;
  } catch (error) {
    return fail(`${file} cannot be read as a database (${(error as Error).message}); nothing was changed`, 1);
  } finally {
    db?.close();
  }
}

/**
 * Takes the database's exclusive lock and folds its WAL back in. Any other open connection (a
 * running server, a script) holds a shared lock, so this fails at once instead of pulling the
 * file from under it. The server opens the database on its first request, so one that has just
 * started and served nothing cannot be seen; hence the advice to stop it anyway.
 */
function quiesceTarget(target: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(target, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      fail(`${target} is in use (is the server running?). Stop the server, then restore again; nothing was changed`, 1);
    }
    fail(`cannot open ${target}: ${(error as Error).message}; nothing was changed`, 2);
  } finally {
    db?.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (args.length !== 1) fail(`give exactly one backup file.\n${USAGE}`, 2);
  const backup = resolve(args[0]);
  const target = resolve(resolveDatabasePath());
  if (!existsSync(backup) || !statSync(backup).isFile()) fail(`there is no backup file at ${backup}`, 2);
  if (backup === target) fail('the backup file is the database itself', 2);
  if (!existsSync(dirname(target))) fail(`the folder ${dirname(target)} does not exist (check DATABASE_PATH)`, 2);

  const events = checkBackup(backup);
  if (existsSync(target)) quiesceTarget(target);

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.restoring`);
  try {
    const source = new Database(backup, { readonly: true, fileMustExist: true });
    await source.backup(temp);
    source.close();
    // A WAL or shared-memory file left from the old database must not be replayed into the new one.
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    fail(`restore failed, ${target} was left as it was: ${(error as Error).message}`, 1);
  }
  console.log(`Restored ${target} from ${backup}: ${events} events. Start the server again to use it.`);
}

main().catch((error: unknown) => fail((error as Error).message, 1));
