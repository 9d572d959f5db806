/**
 * `npm run db:backup -- FILE`: an online, consistent copy of the database named by DATABASE_PATH
 * (default data/summitry.db), safe while the server runs and writes.
 *
 * SQLite's backup API copies pages under the database's own locks and starts over if another
 * connection writes in the middle, so the copy is always one committed state, WAL included — a
 * plain `cp` of the file can miss the WAL or catch a half-checkpointed page.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { resolveDatabasePath } from '../client';

const USAGE = 'Usage: npm run db:backup -- FILE   (copies DATABASE_PATH, default data/summitry.db, to FILE)';

function fail(message: string, code: number): never {
  console.error(`db:backup: ${message}`);
  process.exit(code);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  if (args.length !== 1) fail(`give exactly one backup file name.\n${USAGE}`, 2);

  const source = resolve(resolveDatabasePath());
  const target = resolve(args[0]);
  if (!existsSync(source) || !statSync(source).isFile()) fail(`there is no database at ${source} (set DATABASE_PATH)`, 2);
  if (target === source) fail('the backup file cannot be the database itself', 2);
  if (!existsSync(dirname(target))) fail(`the folder ${dirname(target)} does not exist`, 2);
  if (existsSync(target) && !statSync(target).isFile()) fail(`${target} exists and is not a file`, 2);

  let db: Database.Database;
  try {
    // Not openDatabase(): a backup must not migrate or otherwise change what it copies.
    db = new Database(source, { fileMustExist: true, timeout: 5000 });
    db.pragma('busy_timeout = 5000');
    db.prepare('select count(*) from sqlite_master').get();
  } catch (error) {
    fail(`cannot read ${source}: ${(error as Error).message}`, 2);
  }

  // Written beside the target and renamed at the end, so FILE is either the old or the new backup.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    const started = Date.now();
    // All pages in one step, inside one read transaction: WAL lets the server go on writing, and
    // the copy cannot be restarted over and over by those writes as small steps would be.
    await db.backup(temp, { progress: () => 0x7fffffff });
    db.close();
    const copy = new Database(temp, { fileMustExist: true });
    const check = copy.pragma('quick_check', { simple: true });
    const events = (copy.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'events'").get() as { n: number }).n
      ? (copy.prepare('select count(*) as n from events').get() as { n: number }).n
      : 0;
    // One self-contained file: opening it read-only later (db:restore checks it so) needs no -wal.
    copy.pragma('journal_mode = DELETE');
    copy.close();
    if (check !== 'ok') throw new Error(`the copy failed its check: ${String(check)}`);
    renameSync(temp, target);
    const size = statSync(target).size;
    console.log(`Backed up ${source} to ${target}: ${events} events, ${(size / 1024 / 1024).toFixed(1)} MB in ${Date.now() - started} ms.`);
  } catch (error) {
    rmSync(temp, { force: true });
    fail(`backup failed, nothing written to ${target}: ${(error as Error).message}`, 1);
  }
}

main().catch((error: unknown) => fail((error as Error).message, 1));
