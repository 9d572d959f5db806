import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as allFeed } from '../../app/feeds/all.ics/route';
import { GET as personFeed } from '../../app/feeds/person/[file]/route';
import { PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { resolveIcalCachePath } from '../../db/ical-cache';
import { readDataVersion } from '../../db/queries/data-version';
import { loadDemoData } from '../../db/seed/load-demo-data';
import { countVeventRenders } from '../../lib/ical/render-vevent';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';
import { lintIcal } from '../unit/ical/lint-ical';

// VEVENTs rendered by ical-generator are kept in a SQLite file of their own beside the database.
// Renders are counted by the renderer itself (countVeventRenders), here and in a second process
// started on the same files, as a restarted server would be.

const database = createTempDatabase();
const cachePath = resolveIcalCachePath(database.path);
// data_version is only comparable within one connection, so one observer stays open throughout.
let observer: Database.Database;
afterAll(() => {
  observer.close();
  database.cleanup();
});
beforeAll(() => {
  loadDemoData(database.db());
  observer = new Database(database.path, { readonly: true });
});

const PAST = 'past=3650';
const get = (path: string) => new Request(`http://summitry.test${path}`);
const personFile = (name: string) => ({ params: Promise.resolve({ file: name }) });
const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('../support/fetch-feed-in-new-process.ts', import.meta.url));

/** One feed request in a new process on the same database and cache file. */
function fetchInNewProcess(path: string): { status: number; renders: number; body: string } {
  const run = spawnSync(tsx, [script, path], { env: { ...process.env, DATABASE_PATH: database.path }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { status: number; renders: number; body: string };
}

/** The main file's change counter as another connection sees it, and as the app's memos and validators read it. */
function readMainCounters(): string {
  return `${observer.pragma('data_version', { simple: true })}|${readDataVersion(database.db())}`;
}

/** Rows of the cache file per event id: [version, ...] */
function cachedVersions(): Map<number, number[]> {
  const cache = new Database(cachePath, { readonly: true });
  try {
    const rows = cache.prepare('select event_id as id, version from vevents order by event_id, version').all() as Array<{ id: number; version: number }>;
    const versions = new Map<number, number[]>();
    for (const row of rows) versions.set(row.id, [...(versions.get(row.id) ?? []), row.version]);
    return versions;
  } finally {
    cache.close();
  }
}

describe('VEVENTs persisted beside the database', () => {
  let allBody: string;

  it('renders a first feed once per event and keeps the VEVENTs in their own file, leaving the database’s change counter alone', async () => {
    expect(existsSync(cachePath)).toBe(false);
    const countersBefore = readMainCounters();
    const rendersBefore = countVeventRenders();
    const response = await allFeed(get(`/feeds/all.ics?${PAST}`));
    allBody = await response.text();
    expect(response.status).toBe(200);
    const events = uids(allBody);
    expect(events.length).toBe(48);
    expect(countVeventRenders() - rendersBefore).toBe(events.length);
    expect(cachePath).toBe(`${database.path}.ical-cache.sqlite`);
    expect([...cachedVersions().keys()]).toHaveLength(events.length);
    expect(readMainCounters()).toBe(countersBefore);
  });

  it('answers a new feed without rendering an event it already has', async () => {
    const rendersBefore = countVeventRenders();
    const text = await (await personFeed(get(`/feeds/person/mark-rutte.ics?${PAST}`), personFile('mark-rutte.ics'))).text();
    expect(uids(text).length).toBeGreaterThanOrEqual(6);
    expect(countVeventRenders() - rendersBefore).toBe(0);
  });

  it('survives a restart: a new process serves the same bytes, and a feed it never served, without rendering', () => {
    const all = fetchInNewProcess(`/feeds/all.ics?${PAST}`);
    expect(all.status).toBe(200);
    expect(all.renders).toBe(0);
    expect(all.body).toBe(allBody);
    const person = fetchInNewProcess(`/feeds/person/mark-rutte.ics?${PAST}`);
    expect(person.status).toBe(200);
    expect(person.renders).toBe(0);
    expect(lintIcal(person.body)).toEqual([]);
  }, 60_000);

  it('renders an edited event again, once, and keeps only its new version in the file', async () => {
    const patched = await patchRoute(jsonRequest('PATCH', '/api/events/2', { title: 'Rutte meets Trump at the White House', version: 1 }), { params: Promise.resolve({ id: '2' }) });
    expect(patched.status).toBe(200);
    const countersBefore = readMainCounters();
    const rendersBefore = countVeventRenders();
    const text = await (await allFeed(get(`/feeds/all.ics?${PAST}`))).text();
    expect(text).toContain('Rutte meets Trump at the White House');
    expect(countVeventRenders() - rendersBefore).toBe(1);
    expect(cachedVersions().get(2)).toEqual([2]);
    expect(readMainCounters()).toBe(countersBefore);

    const restarted = fetchInNewProcess(`/feeds/all.ics?${PAST}`);
    expect(restarted.renders).toBe(0);
    expect(restarted.body).toBe(text);
  }, 60_000);
});
