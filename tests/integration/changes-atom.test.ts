import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { GET as changesAtom, HEAD as changesAtomHead } from '../../app/feeds/changes.atom/route';
import { GET as listRoute } from '../../app/api/events/route';
import { PATCH as patchRoute } from '../../app/api/events/[id]/route';
import { loadDemoData } from '../../db/seed/load-demo-data';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest, routeContext } from '../support/route-requests';

const database = createTempDatabase();
afterAll(() => database.cleanup());
beforeAll(() => {
  loadDemoData(database.db());
});

type Json = Record<string, any>;
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://summitry.test${path}`, { headers });

/** Debian's feedparser, a maintained Atom reader: what it makes of the body, and whether it found it malformed. */
function readWithFeedparser(body: string): Json {
  const script = [
    'import feedparser, json, sys',
    'd = feedparser.parse(sys.stdin.read())',
    'print(json.dumps({"bozo": d.bozo, "version": d.version, "title": d.feed.get("title"), "updated": d.feed.get("updated"),',
    '  "entries": [{"id": e.id, "title": e.title, "link": e.link, "updated": e.updated, "content": e.content[0].value, "author": e.get("author")} for e in d.entries]}))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script], { input: body, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`feedparser failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Json;
}

describe('/feeds/changes.atom (issue 16)', () => {
  const PATH = '/feeds/changes.atom?person=mark-rutte';
  let first: Response;
  let firstBody: string;

  beforeAll(async () => {
    first = await changesAtom(get(PATH));
    firstBody = await first.text();
  });

  it('is valid Atom with an entry per revision of the person’s events, each linking to its event', () => {
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = readWithFeedparser(firstBody);
    expect([feed.bozo, feed.version]).toEqual([false, 'atom10']);
    expect(feed.title).toBe('Summitry: changes to mark-rutte');
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(feed.entries.every((e: Json) => /^http:\/\/summitry\.test\/events\/\d+$/.test(e.link) && e.id.startsWith('tag:summitry.test,2026:summitry/event/'))).toBe(true);
    expect(feed.entries.some((e: Json) => e.title.startsWith('Mark Rutte visits Washington: created'))).toBe(true);
    // Only the person's events: every entry names Mark Rutte among those taking part.
    expect(feed.entries.every((e: Json) => /With [^\n]*Mark Rutte/.test(e.content))).toBe(true);
    expect(feed.entries.some((e: Json) => e.title.startsWith('G20'))).toBe(false);
  });

  it('sees a postponement made through the API, newest first, in words with its reason', async () => {
    const { events } = (await (await listRoute(get('/api/events?person=mark-rutte&kind=visit&from=2026-04-01&to=2026-04-30'))).json()) as Json;
    const visit = events[0];
    const patched = await patchRoute(jsonRequest('PATCH', `/api/events/${visit.id}`, { status: 'postponed', version: visit.version, reason: 'White House moved the talks' }), routeContext(visit.id));
    expect(patched.status).toBe(200);
    const response = await changesAtom(get(PATH));
    expect(response.headers.get('etag')).not.toBe(first.headers.get('etag'));
    const feed = readWithFeedparser(await response.text());
    expect(feed.entries[0].title).toBe('Mark Rutte visits Washington: status changed from held to postponed');
    expect(feed.entries[0].content).toContain('Reason: White House moved the talks');
    expect(feed.entries[0].id).toBe(`tag:summitry.test,2026:summitry/event/${visit.id}/v${visit.version + 1}`);
    expect(feed.updated).toBe(feed.entries[0].updated);
    // Earlier entries keep their ids: a reader shows only the new one as new.
    const before = readWithFeedparser(firstBody).entries.map((e: Json) => e.id);
    expect(feed.entries.slice(1).map((e: Json) => e.id)).toEqual(before);
  });

  it('answers an unchanged poll with 304 and the same validators, and HEAD without a body', async () => {
    const current = await changesAtom(get(PATH));
    const etag = current.headers.get('etag')!;
    const again = await changesAtom(get(PATH, { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    const since = await changesAtom(get(PATH, { 'if-modified-since': current.headers.get('last-modified')! }));
    expect(since.status).toBe(304);
    const head = await changesAtomHead(get(PATH));
    expect([head.status, await head.text(), head.headers.get('etag')]).toEqual([200, '', etag]);
  });

  it('refuses a bad filter with a short message', async () => {
    const response = await changesAtom(get('/feeds/changes.atom?kind=party'));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/kind must be one of/);
  });

  it('keeps markup in titles as text', async () => {
    const { events } = (await (await listRoute(get('/api/events?person=mark-rutte&kind=visit&from=2026-04-01&to=2026-04-30'))).json()) as Json;
    const visit = events[0];
    await patchRoute(jsonRequest('PATCH', `/api/events/${visit.id}`, { title: 'Rutte <b>visits</b> Washington & "more"', version: visit.version }), routeContext(visit.id));
    const body = await (await changesAtom(get(PATH))).text();
    expect(body).not.toContain('<b>');
    const feed = readWithFeedparser(body);
    expect(feed.bozo).toBe(false);
    expect(feed.entries[0].title).toContain('Rutte <b>visits</b> Washington & "more"');
  });
});
