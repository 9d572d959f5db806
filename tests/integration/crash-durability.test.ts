/**
 * SIGKILL the production server in the middle of a bulk ingest of 1,000 events, twice, and show
 * that nothing is half-saved and nothing acknowledged is lost. A process kill is not a power cut:
 * a commit in WAL mode with synchronous=NORMAL is in the OS page cache once SQLite returns, so the
 * kernel writes it even though the process is gone; that is what the 201s here rely on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureProductionBuild, findFreePort, startProductionServer, type RunningServer } from '../support/next-server';

const UNITS = 400;
const STREAMS = 4;
// Even units are one event; odd units are a visit with three meetings saved as one batch.
const unitSize = (unit: number) => (unit % 2 === 0 ? 1 : 4);
const TOTAL_EVENTS = Array.from({ length: UNITS }, (_, u) => unitSize(u)).reduce((a, b) => a + b, 0);
const participantCount = (unit: number, k: number) => 1 + ((unit + k) % 3);

const dir = mkdtempSync(join(tmpdir(), 'summitry-crash-'));
const databasePath = join(dir, 'crash.db');
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function eventDraft(unit: number, k: number, withSource: boolean): Record<string, unknown> {
  const day = String((unit % 28) + 1).padStart(2, '0');
  return {
    id: `u${unit}e${k}`,
    parent: k === 0 ? null : `u${unit}e0`,
    kind: k === 0 ? (unitSize(unit) === 1 ? 'meeting' : 'visit') : 'meeting',
    title: `Crash ${unit}.${k}`,
    start: k === 0 ? `2026-05-${day}` : `2026-05-${day}T${String(9 + k).padStart(2, '0')}:00`,
    end: k === 0 ? `2026-05-${day}` : `2026-05-${day}T${String(10 + k).padStart(2, '0')}:00`,
    timezone: 'Europe/Rome',
    location: { city: ['Rome', 'Milan', 'Naples'][unit % 3], country: 'IT' },
    participants: Array.from({ length: participantCount(unit, k) }, (_, p) => ({
      name: `Delegate ${(unit * 7 + k * 3 + p) % 150} ${p}`,
      role: p === 0 ? 'Foreign Minister' : 'Ambassador',
      country: 'IT',
    })),
    ...(withSource ? { sources: [{ url: `https://example.org/crash/${unit}`, publisher: 'Wire', evidence: [{ start: 0, end: 40 }] }] } : {}),
    evidence: [{ start: k * 10, end: k * 10 + 9 }],
  };
}

function unitRequest(unit: number): unknown {
  if (unitSize(unit) === 1) {
    const { id: _id, parent: _parent, evidence: _evidence, ...single } = eventDraft(unit, 0, true);
    return single;
  }
  return {
    events: Array.from({ length: 4 }, (_, k) => eventDraft(unit, k, false)),
    source: { url: `https://example.org/crash/${unit}`, publisher: 'Wire', language: 'it', published: '2026-05-01' },
  };
}

interface Acknowledged {
  unit: number;
  ids: number[];
  titles: string[];
}

/**
 * Posts the units in parallel streams; when `killAfter` units have been acknowledged the server is
 * SIGKILLed while the other streams still have requests in flight.
 */
async function ingest(target: RunningServer, units: number[], killAfter: number | null): Promise<{ acknowledged: Acknowledged[]; failed: number }> {
  const acknowledged: Acknowledged[] = [];
  let failed = 0;
  let killed = false;
  let next = 0;
  const stream = async () => {
    while (!killed && next < units.length) {
      const unit = units[next++];
      try {
        const response = await fetch(`${target.url}/api/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(unitRequest(unit)),
        });
        const body = (await response.json()) as { event?: { id: number; title: string }; events?: Array<{ id: number; title: string }> };
        if (response.status !== 201) throw new Error(`unit ${unit}: ${response.status} ${JSON.stringify(body)}`);
        const saved = body.events ?? [body.event!];
        acknowledged.push({ unit, ids: saved.map((e) => e.id), titles: saved.map((e) => e.title) });
      } catch (error) {
        if (!killed) throw error;
        failed++;
        continue;
      }
      if (killAfter !== null && !killed && acknowledged.length >= killAfter) {
        killed = true;
        await target.stop('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: STREAMS }, stream));
  return { acknowledged, failed };
}

interface StoreCheck {
  integrity: string;
  foreignKeyProblems: number;
  events: number;
  /** unit -> number of its events saved */
  unitCounts: Map<number, number>;
  /** events missing a participant, evidence, their one revision, or their parent */
  broken: string[];
  titlesById: Map<number, string>;
}

function checkStore(): StoreCheck {
  const sqlite = new Database(databasePath, { fileMustExist: true });
  try {
    const integrity = (sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
    const foreignKeyProblems = (sqlite.pragma('foreign_key_check') as unknown[]).length;
    const rows = sqlite
      .prepare(
        `select e.id, e.title, e.version, e.parent_id as parentId,
                (select count(*) from event_participants p where p.event_id = e.id) as participants,
                (select count(*) from evidence v where v.event_id = e.id) as evidence,
                (select count(*) from revisions r where r.event_id = e.id and r.version = 1 and r.action = 'create') as revisions,
                (select title from events parent where parent.id = e.parent_id) as parentTitle
         from events e`,
      )
      .all() as Array<{ id: number; title: string; version: number; parentId: number | null; participants: number; evidence: number; revisions: number; parentTitle: string | null }>;
    const unitCounts = new Map<number, number>();
    const broken: string[] = [];
    const titlesById = new Map<number, string>();
    for (const row of rows) {
      titlesById.set(row.id, row.title);
      const match = /^Crash (\d+)\.(\d)$/.exec(row.title);
      if (!match) {
        broken.push(`${row.id}: unexpected title ${row.title}`);
        continue;
      }
      const unit = Number(match[1]);
      const k = Number(match[2]);
      unitCounts.set(unit, (unitCounts.get(unit) ?? 0) + 1);
      if (row.participants !== participantCount(unit, k)) broken.push(`${row.title}: ${row.participants} participants`);
      if (row.evidence !== 1) broken.push(`${row.title}: ${row.evidence} evidence rows`);
      if (row.version !== 1 || row.revisions !== 1) broken.push(`${row.title}: version ${row.version}, ${row.revisions} creation revisions`);
      if (k > 0 && row.parentTitle !== `Crash ${unit}.0`) broken.push(`${row.title}: parent ${row.parentTitle}`);
    }
    return { integrity, foreignKeyProblems, events: rows.length, unitCounts, broken, titlesById };
  } finally {
    sqlite.close();
  }
}

/** After a crash and restart: intact, no half-saved unit, and every acknowledged write present. */
function expectConsistent(store: StoreCheck, acknowledged: Acknowledged[]) {
  expect(store.integrity).toBe('ok');
  expect(store.foreignKeyProblems).toBe(0);
  expect(store.broken).toEqual([]);
  const partial = [...store.unitCounts].filter(([unit, count]) => count !== unitSize(unit));
  expect(partial).toEqual([]);
  const lost = acknowledged.flatMap((ack) => ack.ids.filter((id, i) => store.titlesById.get(id) !== ack.titles[i]));
  expect(lost).toEqual([]);
}

describe('SIGKILL during a bulk ingest of 1,000 events', () => {
  const phases: Array<{ acknowledged: number; failed: number; saved: number }> = [];
  let finalStore: StoreCheck;
  const allAcknowledged: Acknowledged[] = [];

  beforeAll(async () => {
    await ensureProductionBuild();
    const port = await findFreePort();
    const pending = () => {
      const saved = checkStore().unitCounts;
      return Array.from({ length: UNITS }, (_, u) => u).filter((u) => !saved.has(u));
    };
    // Two crashes, at about a third and at about two thirds, then a clean finish.
    server = await startProductionServer({ databasePath, port });
    for (const killAfter of [Math.round(UNITS / 3), Math.round(UNITS / 3), null]) {
      if (!server) server = await startProductionServer({ databasePath, port });
      const units = phases.length === 0 ? Array.from({ length: UNITS }, (_, u) => u) : pending();
      const { acknowledged, failed } = await ingest(server, units, killAfter);
      allAcknowledged.push(...acknowledged);
      if (killAfter !== null) {
        // Restart on the same file: opening it recovers the WAL, then check what survived.
        server = await startProductionServer({ databasePath, port });
        const store = checkStore();
        phases.push({ acknowledged: acknowledged.length, failed, saved: store.events });
        expectConsistent(store, allAcknowledged);
      } else {
        phases.push({ acknowledged: acknowledged.length, failed, saved: checkStore().events });
      }
    }
    finalStore = checkStore();
    await server!.stop('SIGTERM');
    server = null;
  }, 300_000);

  it('killed the server with writes in flight, and the restarted server went on accepting the rest', () => {
    console.log('crash phases (units acknowledged, requests cut off by the kill, events saved after restart):', phases);
    expect(phases).toHaveLength(3);
    expect(phases[0].acknowledged).toBeGreaterThanOrEqual(Math.round(UNITS / 3));
    expect(phases[0].saved).toBeLessThan(TOTAL_EVENTS);
    expect(phases[1].acknowledged).toBeGreaterThanOrEqual(Math.round(UNITS / 3));
  });

  it('ends with PRAGMA integrity_check ok and exactly the 1,000 events, each whole and saved once', () => {
    expect(TOTAL_EVENTS).toBe(1000);
    expectConsistent(finalStore, allAcknowledged);
    expect(finalStore.events).toBe(TOTAL_EVENTS);
    expect(finalStore.unitCounts.size).toBe(UNITS);
  });
});
