import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as createRoute } from '../../app/api/events/route';
import { GET as csvRoute } from '../../app/daybook.csv/route';
import { GET as jsonRoute } from '../../app/daybook.json/route';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';
import { RUTTE_DRAFTS } from '../fixtures/rutte-visit';

// Issue 16, the daybook: /daybook.csv and /daybook.json read the real database with the page's parameters.
const database = createTempDatabase();
afterAll(() => database.cleanup());

beforeAll(async () => {
  const saved = await createRoute(jsonRequest('POST', '/api/events', { events: RUTTE_DRAFTS, source: { url: 'https://example.org/rutte', publisher: 'Prima Notizia 24', language: 'it', published: '2026-04-03' } }));
  expect(saved.status).toBe(201);
});

describe('the daybook exports', () => {
  it('gives the day as CSV: a BOM, a header, one row per event with its visit named', async () => {
    const response = await csvRoute(jsonRequest('GET', '/daybook.csv?date=2026-04-08&days=1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('daybook-2026-04-08.csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('id,start,end,local_time,utc_time,timezone,kind,title,status,certainty,city,country,participants,part_of,sources');
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.includes(',meeting,')).every((r) => r.includes('Mark Rutte visits Washington'))).toBe(true);
    expect(rows.some((r) => r.includes('Pete Hegseth'))).toBe(true);
  });

  it("opens in a spreadsheet-like CSV reader (Python's csv module) with one row per event", async () => {
    const bytes = Buffer.from(await (await csvRoute(jsonRequest('GET', '/daybook.csv?date=2026-04-08&days=1'))).arrayBuffer());
    const parse = spawnSync('python3', ['-c', 'import csv, io, json, sys; print(json.dumps(list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"))))))'], { input: bytes, encoding: 'utf8' });
    expect(parse.status, parse.stderr).toBe(0);
    const rows = JSON.parse(parse.stdout) as Array<Record<string, string>>;
    expect(rows.map((r) => r.title).sort()).toEqual(['Mark Rutte visits Washington', 'Rutte meets Hegseth', 'Rutte meets Rubio', 'Rutte meets Trump']);
    expect(rows.find((r) => r.title === 'Rutte meets Trump')).toMatchObject({ kind: 'meeting', city: 'Washington', country: 'US', part_of: 'Mark Rutte visits Washington' });
    expect(rows.find((r) => r.title === 'Rutte meets Trump')!.participants).toContain('Donald Trump');
  });

  it('gives the same days as JSON, meetings beneath their visit, and filters like the timeline', async () => {
    const body = (await (await jsonRoute(jsonRequest('GET', '/daybook.json?date=2026-04-08&days=2&person=pete-hegseth'))).json()) as { daybook: Array<{ day: string; places: Array<{ city: string; events: Array<{ title: string; children: Array<{ title: string }> }> }> }> };
    expect(body.daybook.map((d) => d.day)).toEqual(['2026-04-08', '2026-04-09']);
    expect(body.daybook[0].places[0].city).toBe('Washington');
    const titles = body.daybook[0].places[0].events.flatMap((e) => [e.title, ...e.children.map((c) => c.title)]);
    expect(titles.some((t) => /Hegseth/.test(t))).toBe(true);
    expect(titles.some((t) => /Trump/.test(t))).toBe(false);
  });

  it('answers bad parameters with 400 and a message for each', async () => {
    const response = await csvRoute(jsonRequest('GET', '/daybook.csv?date=tomorrow&days=0'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string[]> };
    expect(body.fields).toEqual({ date: ['date must be a date (YYYY-MM-DD)'], days: ['days must be at least 1'] });
  });
});
