import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { GET as listFeeds, POST as createFeed } from '../../app/api/feeds/route';
import { DELETE as revokeFeed } from '../../app/api/feeds/[token]/route';
import { GET as privateFeed } from '../../app/feeds/t/[file]/route';
import { loadDemoData } from '../../db/seed/load-demo-data';
import { createTempDatabase, dumpDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';
import { lintIcal } from '../unit/ical/lint-ical';

const database = createTempDatabase();
afterAll(() => database.cleanup());
beforeAll(() => {
  loadDemoData(database.db());
});

type Json = Record<string, any>;
const tokenContext = (token: string) => ({ params: Promise.resolve({ token }) });
const fileContext = (file: string) => ({ params: Promise.resolve({ file }) });

describe('private feeds', () => {
  let token: string;

  beforeAll(async () => {
    const response = await createFeed(jsonRequest('POST', '/api/feeds', { name: 'US visits', filter: '?country=us&kind=visit' }));
    expect(response.status).toBe(201);
    const { feed } = (await response.json()) as Json;
    token = feed.token;
    expect(feed.filter).toBe('country=US&kind=visit');
  });

  it('hands out short unguessable tokens, so the feed URL stays far under Google’s 256 characters', () => {
    expect(token).toMatch(/^[\w-]{22}$/);
    expect(`https://summitry.example.org/feeds/t/${token}.ics`.length).toBeLessThan(100);
  });

  it('serves the stored filter as a feed that shared caches may not keep', async () => {
    const response = await privateFeed(new Request(`http://summitry.test/feeds/t/${token}.ics?past=3650`), fileContext(`${token}.ics`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    const text = await response.text();
    expect(lintIcal(text)).toEqual([]);
    const categories = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => (v.getFirstProperty('categories')?.getValues() ?? []).map(String));
    // the demo calendar has visits to Washington and Beijing by US officials, Mexico City by Spain's…
    expect(categories.length).toBeGreaterThanOrEqual(2);
    for (const values of categories) expect(values).toEqual(expect.arrayContaining(['visit', 'US']));
    expect(text).toContain('X-WR-CALNAME:Summitry – US visits');
  });

  it('has an Atom twin with the changes to the same events, private to caches too', async () => {
    const response = await privateFeed(new Request(`http://summitry.test/feeds/t/${token}.atom`), fileContext(`${token}.atom`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    const body = await response.text();
    expect(body).toContain('<title type="text">Summitry – US visits: changes</title>');
    expect(body).toContain(`<link rel="self" type="application/atom+xml" href="http://summitry.test/feeds/t/${token}.atom"/>`);
    // Only the saved view's events: visits with the US (Rubio in Beijing, …), never Meloni's to Tokyo.
    expect(body).toContain('Marco Rubio visits Beijing: created');
    expect(body).not.toContain('Giorgia Meloni visits Tokyo');
  });

  it('lists the saved feeds', async () => {
    const { feeds } = (await (await listFeeds(jsonRequest('GET', '/api/feeds'))).json()) as Json;
    expect(feeds.map((f: Json) => f.name)).toEqual(['US visits']);
  });

  it('stops answering at once when revoked', async () => {
    expect((await revokeFeed(jsonRequest('DELETE', `/api/feeds/${token}`), tokenContext(token))).status).toBe(200);
    const response = await privateFeed(new Request(`http://summitry.test/feeds/t/${token}.ics`), fileContext(`${token}.ics`));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/revoked/);
    // Revoking a watchlist stops both of its feeds.
    expect((await privateFeed(new Request(`http://summitry.test/feeds/t/${token}.atom`), fileContext(`${token}.atom`))).status).toBe(404);
    expect((await revokeFeed(jsonRequest('DELETE', `/api/feeds/${token}`), tokenContext(token))).status).toBe(404);
  });

  it('answers 404 for an unknown token', async () => {
    expect((await privateFeed(new Request('http://summitry.test/feeds/t/nope.ics'), fileContext('nope.ics'))).status).toBe(404);
  });

  it.each([
    [{ name: '', filter: '' }, 'name'],
    [{ name: 'x'.repeat(121) }, 'name'],
    [{ name: 'bad', filter: 'country=USA' }, 'filter.country.0'],
    [{ name: 'bad', filter: 'from=tomorrow' }, 'filter.from'],
  ])('refuses %j naming the field, saving nothing', async (body, field) => {
    const before = dumpDatabase(database.db());
    const response = await createFeed(jsonRequest('POST', '/api/feeds', body));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).fields[field]).toBeDefined();
    expect(dumpDatabase(database.db())).toBe(before);
  });
});
