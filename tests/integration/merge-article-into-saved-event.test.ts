import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as ingestRoute } from '../../app/api/ingest/route';
import { GET as getRoute } from '../../app/api/events/[id]/route';
import { GET as revisionsRoute } from '../../app/api/events/[id]/revisions/route';
import { loadDemoData } from '../../db/seed/load-demo-data';
import { listEvents } from '../../db/queries/events';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';
import { RUTTE_DRAFTS } from '../fixtures/rutte-visit';

// Issue 14, item 2: merging the seed article into the demo's Rutte visit showed the source twice
// and the first sentence for every evidence span, and a second identical merge added a revision.
const SEED = readFileSync(join(process.cwd(), '..', 'shared', 'seeds', '000_b8096001e4abbe8a.txt'), 'utf8');
const SENTENCES = [
  "Il Segretario Generale della NATO, Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026.",
  "Il momento centrale della visita è fissato per l'8 aprile, quando Rutte incontrerà il Presidente degli Stati Uniti, Donald Trump.",
  'Il programma della giornata prevede inoltre colloqui bilaterali con il Segretario di Stato, Marco Rubio, e con il Segretario della Guerra, Pete Hegseth.',
  'La missione del Segretario Generale si inserisce in un quadro di forte incertezza e tensione tra Washington e i suoi Alleati atlantici.',
];
const spanOf = (sentence: string) => {
  const start = SEED.indexOf(sentence);
  expect(start).toBeGreaterThan(-1);
  return { start, end: start + sentence.length };
};
/** The visit as the extractor drafts it from the seed article: four sentences of evidence. */
const VISIT_DRAFT = { ...RUTTE_DRAFTS[0], id: 'e1', evidence: SENTENCES.map(spanOf) };
// As the /ingest page sends a pasted article: no URL, the detected language, the article's text.
const PASTED_SEED = { url: null, publisher: 'Prima Notizia 24', language: 'it', published: '2026-04-03', text: SEED };

type Json = Record<string, any>;
const database = createTempDatabase();
afterAll(() => database.cleanup());

let visitId: number;
beforeAll(() => {
  loadDemoData(database.db());
  visitId = listEvents(database.db(), { person: ['mark-rutte'], kind: ['visit'] })[0].id;
});

async function readEvent(id: number): Promise<Json> {
  return ((await (await getRoute(jsonRequest('GET', `/api/events/${id}`), routeContext(id))).json()) as Json).event;
}
async function countRevisions(id: number): Promise<number> {
  return ((await (await revisionsRoute(jsonRequest('GET', `/api/events/${id}/revisions`), routeContext(id))).json()) as Json).revisions.length;
}
async function merge(source: Json, draft: Json, into: Json): Promise<Json> {
  const response = await ingestRoute(
    jsonRequest('POST', '/api/ingest', { source, items: [{ action: 'merge', draft, mergeInto: { id: into.id, version: into.version, fields: [] } }] }),
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as Json).merged[0];
}

describe('merging an article into a saved event', () => {
  it('adds the article as one source, each evidence span quoting its own sentence', async () => {
    await merge(PASTED_SEED, VISIT_DRAFT, await readEvent(visitId));
    const visit = await readEvent(visitId);
    // The demo's hand-typed source is this same report (same publisher and day): it is not listed twice.
    expect(visit.sources).toHaveLength(1);
    expect(visit.sources[0]).toMatchObject({ publisher: 'Prima Notizia 24', published: '2026-04-03' });
    const quotes = visit.sources[0].evidence.map((span: Json) => span.quote);
    expect(quotes).toEqual(SENTENCES);
    for (const span of visit.sources[0].evidence) expect(SEED.slice(span.start, span.end)).toBe(span.quote);
  });

  it('changes nothing, not even the version or the history, when the same merge is made again', async () => {
    const before = await readEvent(visitId);
    const revisions = await countRevisions(visitId);
    const merged = await merge(PASTED_SEED, VISIT_DRAFT, before);
    expect(merged.version).toBe(before.version);
    expect(await readEvent(visitId)).toEqual(before);
    expect(await countRevisions(visitId)).toBe(revisions);
  });

  it('adds an article known by its URL once, however often it is merged', async () => {
    const english = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'articles', 'rutte-washington-en.txt'), 'utf8');
    const sentence = 'On April 8 Rutte is due to meet President Donald Trump at the White House.';
    const start = english.indexOf(sentence);
    const wire = { url: 'https://wire.example/rutte-dc', publisher: 'Summitry Wire', language: 'en', published: '2026-04-04', text: english };
    const draft = { ...VISIT_DRAFT, evidence: [{ start, end: start + sentence.length }] };
    const first = await merge(wire, draft, await readEvent(visitId));
    const again = await merge(wire, draft, first);
    expect(again.version).toBe(first.version);
    const wireSources = again.sources.filter((s: Json) => s.url === wire.url);
    expect(wireSources).toHaveLength(1);
    expect(wireSources[0].evidence.map((span: Json) => span.quote)).toEqual([sentence]);
  });
});
