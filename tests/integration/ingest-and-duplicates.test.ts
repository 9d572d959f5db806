import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as ingestRoute } from '../../app/api/ingest/route';
import { POST as duplicatesRoute } from '../../app/api/duplicates/route';
import { GET as getRoute } from '../../app/api/events/[id]/route';
import { dumpDatabase, createTempDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';
import { RUTTE_DRAFTS } from '../fixtures/rutte-visit';

const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const ITALIAN_SOURCE = { url: 'https://example.it/rutte', publisher: 'Prima Notizia 24', language: 'it', published: '2026-04-03', text: 'x'.repeat(500) };

async function duplicatesOf(drafts: unknown[]): Promise<Json[]> {
  const response = await duplicatesRoute(jsonRequest('POST', '/api/duplicates', { events: drafts }));
  expect(response.status).toBe(200);
  return ((await response.json()) as Json).matches;
}

let saved: Json;
beforeAll(async () => {
  const response = await ingestRoute(
    jsonRequest('POST', '/api/ingest', { source: ITALIAN_SOURCE, items: RUTTE_DRAFTS.map((draft) => ({ action: 'create', draft })) }),
  );
  expect(response.status).toBe(201);
  saved = (await response.json()) as Json;
});

describe('ingesting an article', () => {
  it('creates the visit and its meetings with the article as source and evidence quotes', () => {
    const [visit, ...meetings] = saved.created;
    expect(saved.created).toHaveLength(4);
    expect(meetings.every((m: Json) => m.parentId === visit.id)).toBe(true);
    expect(visit.sources[0]).toMatchObject({ url: ITALIAN_SOURCE.url, publisher: 'Prima Notizia 24' });
    expect(visit.sources[0].evidence[0]).toEqual({ start: 120, end: 245, quote: 'x'.repeat(125) });
  });
});

describe('duplicate detection', () => {
  it('recognises the same visit reported in English, with slightly different dates', async () => {
    const english = {
      ...RUTTE_DRAFTS[0],
      id: 'en-v1',
      title: 'NATO chief Rutte to visit Washington',
      start: '2026-04-08',
      end: '2026-04-11',
      location: { city: 'Washington, D.C.', country: 'US' },
    };
    const [match] = await duplicatesOf([english]);
    expect(match.candidates.map((c: Json) => c.event.id)).toEqual([saved.created[0].id]);
    expect(match.candidates[0].reasons).toContain('same country');
  });

  it('recognises the same bilateral, and not the same traveller’s other meetings that day', async () => {
    const [trump] = await duplicatesOf([RUTTE_DRAFTS[1]]);
    expect(trump.candidates.map((c: Json) => c.event.title)).toEqual(['Rutte meets Trump']);
  });

  it('does not take the same person’s visit a week later for the same event', async () => {
    const [later] = await duplicatesOf([{ ...RUTTE_DRAFTS[0], start: '2026-04-19', end: '2026-04-21' }]);
    expect(later.candidates).toEqual([]);
  });

  it('does not take a same-day meeting of different people for a duplicate', async () => {
    const [other] = await duplicatesOf([
      { ...RUTTE_DRAFTS[1], participants: [{ name: 'Kaja Kallas' }, { name: 'Marco Rubio' }] },
    ]);
    expect(other.candidates).toEqual([]);
  });

  it('ignores undated drafts instead of failing', async () => {
    const [undated] = await duplicatesOf([{ ...RUTTE_DRAFTS[0], start: null }]);
    expect(undated.candidates).toEqual([]);
  });
});

describe('merging a second report', () => {
  const ENGLISH_SOURCE = { url: 'https://example.com/rutte-dc', publisher: 'Wire', language: 'en', published: '2026-04-04', text: 'y'.repeat(500) };

  it('adds the source and new participants, keeps unconfirmed fields, and hangs new meetings under the saved visit', async () => {
    const visit = saved.created[0];
    const response = await ingestRoute(
      jsonRequest('POST', '/api/ingest', {
        source: ENGLISH_SOURCE,
        items: [
          {
            action: 'merge',
            draft: { ...RUTTE_DRAFTS[0], title: 'Rutte heads to DC', end: '2026-04-11', participants: [...RUTTE_DRAFTS[0].participants, { name: 'Jens Example', role: 'Deputy' }] },
            mergeInto: { id: visit.id, version: visit.version, fields: ['end'] },
          },
          {
            action: 'create',
            draft: { ...RUTTE_DRAFTS[1], id: 'm9', parent: 'v1', title: 'Rutte meets Vance', participants: [RUTTE_DRAFTS[1].participants[0], { name: 'JD Vance', role: 'Vice President', country: 'US' }] },
          },
        ],
      }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as Json;
    const merged = body.merged[0];
    expect(merged).toMatchObject({ id: visit.id, version: 2, title: 'Mark Rutte visits Washington', end: '2026-04-11' });
    expect(merged.participants.map((p: Json) => p.name)).toEqual(['Mark Rutte', 'Jens Example']);
    expect(merged.sources.map((s: Json) => s.publisher).sort()).toEqual(['Prima Notizia 24', 'Wire']);
    expect(body.created[0].parentId).toBe(visit.id);
  });

  it('refuses a merge against a stale version with 409 and saves none of the review', async () => {
    const before = dumpDatabase(database.db());
    const response = await ingestRoute(
      jsonRequest('POST', '/api/ingest', {
        source: { ...ENGLISH_SOURCE, url: 'https://example.com/third' },
        items: [
          { action: 'create', draft: { ...RUTTE_DRAFTS[2], id: 'new' } },
          { action: 'merge', draft: RUTTE_DRAFTS[0], mergeInto: { id: saved.created[0].id, version: 1, fields: [] } },
        ],
      }),
    );
    expect(response.status).toBe(409);
    expect(dumpDatabase(database.db())).toBe(before);
    const current = (await (await getRoute(jsonRequest('GET', '/'), routeContext(saved.created[0].id))).json()) as Json;
    expect(current.event.version).toBe(2);
  });

  it.each([
    ['no items', { source: ENGLISH_SOURCE, items: [] }, 'items'],
    ['an unknown action', { source: ENGLISH_SOURCE, items: [{ action: 'replace', draft: {} }] }, 'items.0.action'],
    ['a merge without target', { source: ENGLISH_SOURCE, items: [{ action: 'merge', draft: RUTTE_DRAFTS[0] }] }, 'items.0.mergeInto'],
    ['a bad draft', { source: ENGLISH_SOURCE, items: [{ action: 'create', draft: { ...RUTTE_DRAFTS[0], end: '2026-01-01' } }] }, 'items.0.end'],
    ['a bad source URL', { source: { ...ENGLISH_SOURCE, url: 'ftp://x' }, items: [{ action: 'skip', draft: {} }] }, 'source.url'],
  ])('answers 400 for %s, changing nothing', async (_label, body, field) => {
    const before = dumpDatabase(database.db());
    const response = await ingestRoute(jsonRequest('POST', '/api/ingest', body));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).fields[field]).toBeDefined();
    expect(dumpDatabase(database.db())).toBe(before);
  });
});
