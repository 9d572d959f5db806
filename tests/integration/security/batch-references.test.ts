import { afterAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '../../../app/api/events/route';
import { createTempDatabase, dumpDatabase } from '../../support/temp-database';
import { jsonRequest } from '../../support/route-requests';

// Finding 13 of issue 13: a batch with broken parent links or evidence outside its source text was
// saved with the links dropped or the span kept; titles kept raw control characters.
const database = createTempDatabase();
afterAll(() => database.cleanup());

type Json = Record<string, any>;
const visit = (id: string, parent?: string) => ({ id, kind: 'visit', title: `Visit ${id}`, start: '2026-04-08', end: '2026-04-12', participants: [{ name: 'Mark Rutte' }], ...(parent ? { parent } : {}) });
const meeting = (id: string, parent: string) => ({ id, parent, kind: 'meeting', title: `Meeting ${id}`, start: '2026-04-08', participants: [{ name: 'Mark Rutte' }] });
const SOURCE = { url: 'https://example.org/a', text: 'Rutte in Washington.' };

async function expectRefused(body: unknown, field: string, message: RegExp): Promise<void> {
  const before = dumpDatabase(database.db());
  const response = await createRoute(jsonRequest('POST', '/api/events', body));
  expect(response.status).toBe(400);
  const { fields } = (await response.json()) as Json;
  expect(fields[field]?.join(' ')).toMatch(message);
  expect(dumpDatabase(database.db())).toBe(before);
}

describe('a batch of drafts', () => {
  it('is refused when a parent names no draft in the batch', async () => {
    await expectRefused({ events: [visit('v'), meeting('m', 'nowhere')] }, 'events.1.parent', /no draft .*"nowhere"/i);
  });

  it('is refused when parent references form a cycle', async () => {
    await expectRefused({ events: [visit('a', 'b'), visit('b', 'a')] }, 'events.0.parent', /cycle/i);
    await expectRefused({ events: [visit('self', 'self')] }, 'events.0.parent', /cycle|own parent/i);
  });

  it('is refused when two drafts share an id', async () => {
    await expectRefused({ events: [visit('v'), visit('v')] }, 'events.1.id', /two drafts|already/i);
  });

  it('is refused when an evidence span lies outside the source text', async () => {
    const body = { events: [{ ...visit('v'), evidence: [{ start: 0, end: 500 }] }], source: SOURCE };
    await expectRefused(body, 'events.0.evidence.0.end', /source text/i);
  });

  it('is refused when a title holds control characters', async () => {
    await expectRefused({ events: [{ ...visit('v'), title: 'Rutte\u0007 in\u001b[31m Washington' }] }, 'events.0.title', /control characters/i);
    await expectRefused({ ...visit('v'), title: 'Bell\u0007' }, 'title', /control characters/i);
  });

  it('still links a meeting to a visit that comes after it in the batch', async () => {
    const response = await createRoute(jsonRequest('POST', '/api/events', { events: [meeting('m', 'v'), visit('v')], source: SOURCE }));
    expect(response.status).toBe(201);
    const { events } = (await response.json()) as Json;
    expect(events.map((e: Json) => e.kind)).toEqual(['meeting', 'visit']);
    expect(events[0].parentId).toBe(events[1].id);
  });
});

describe('an ingest review', () => {
  it('is refused when a draft names a parent that is not saved with it', async () => {
    const { POST: ingestRoute } = await import('../../../app/api/ingest/route');
    const before = dumpDatabase(database.db());
    const response = await ingestRoute(
      jsonRequest('POST', '/api/ingest', { source: SOURCE, items: [{ action: 'skip', draft: visit('v') }, { action: 'create', draft: meeting('m', 'v') }] }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).fields['items.1.draft.parent']).toBeDefined();
    expect(dumpDatabase(database.db())).toBe(before);
  });
});
