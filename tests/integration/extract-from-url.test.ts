import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { POST as extractRoute } from '../../app/api/extract/route';
import { PATCH as settingsRoute } from '../../app/api/admin/settings/route';
import { setFetchAllowlist } from '../../db/queries/settings';
import { fetchPage } from '../../lib/articles/fetch-page';
import { createTempDatabase } from '../support/temp-database';
import { jsonRequest } from '../support/route-requests';
import { ARTICLE } from '../fixtures/article-page';

const database = createTempDatabase();

type Json = Record<string, any>;



let server: Server;
let other: Server;
let base = '';
let otherBase = '';

function serve(handler: http.RequestListener): Promise<Server> {
  return new Promise((resolve) => {
    const s = http.createServer(handler);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

beforeAll(async () => {
  other = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE));
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  server = await serve((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (url.pathname === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    if (hops) return res.writeHead(302, { location: Number(hops[1]) > 1 ? `/redirect/${Number(hops[1]) - 1}` : '/article' }).end();
    if (url.pathname === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 2000);
    if (url.pathname === '/big') {
      // No Content-Length: the cap must hold while the body streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = '<p>' + 'x'.repeat(64 * 1024) + '</p>';
      for (let i = 0; i < 90; i++) res.write(chunk);
      return res.end();
    }
    if (url.pathname === '/to-private') return res.writeHead(302, { location: `${otherBase}/article` }).end();
    if (url.pathname === '/to-localhost') return res.writeHead(302, { location: `http://localhost:${(other.address() as AddressInfo).port}/article` }).end();
    if (url.pathname === '/image') return res.writeHead(200, { 'content-type': 'image/png' }).end('PNG');
    if (url.pathname === '/front') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><nav>Home</nav><p>Welcome.</p></body></html>');
    res.writeHead(404).end();
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The test server's own host and port are allowed; the other server's are not.
  setFetchAllowlist(database.db(), [`127.0.0.1:${(server.address() as AddressInfo).port}`]);
});

afterAll(async () => {
  await Promise.all([server, other].map((s) => new Promise((resolve) => s.close(resolve))));
  database.cleanup();
});

async function extractUrl(url: string): Promise<{ status: number; body: Json }> {
  const response = await extractRoute(jsonRequest('POST', '/api/extract', { url }));
  return { status: response.status, body: (await response.json()) as Json };
}

describe('POST /api/extract with {url} (issue 16)', () => {
  it('reads the article out of its page and extracts the visit, with publisher, day and language from the page', async () => {
    const { status, body } = await extractUrl(`${base}/article`);
    expect(status).toBe(200);
    expect(body.article).toMatchObject({ url: `${base}/article`, publisher: 'Agenzia Prova', published: '2026-04-03', language: 'it' });
    expect(body.article.text).toMatch(/^Rutte a Washington dall'8 al 12 aprile\n\nIl Segretario Generale della NATO/);
    expect(body.article.text).not.toMatch(/PUBBLICITÀ|Offerta speciale|Privacy|Sport/);
    const visit = body.events.find((e: Json) => e.kind === 'visit');
    expect([visit.start, visit.end, visit.location.city]).toEqual(['2026-04-08', '2026-04-12', 'Washington']);
    const met = body.events.filter((e: Json) => e.kind === 'meeting').flatMap((e: Json) => e.participants.map((p: Json) => p.name));
    expect(met).toEqual(expect.arrayContaining(['Donald Trump', 'Marco Rubio', 'Pete Hegseth']));
  });

  it('follows up to five redirects and refuses a sixth', async () => {
    expect((await extractUrl(`${base}/redirect/5`)).status).toBe(200);
    const refused = await extractUrl(`${base}/redirect/6`);
    expect([refused.status, refused.body.fields.url[0]]).toEqual([400, 'The page redirected more than 5 times']);
  });

  it('refuses a redirect to a private address whose host and port are not allowed, by IP and by name', async () => {
    for (const path of ['/to-private', '/to-localhost']) {
      const { status, body } = await extractUrl(`${base}${path}`);
      expect(status).toBe(400);
      expect(body.fields.url[0]).toMatch(/^Summitry does not fetch from private or local addresses \((?:localhost is )?127\.0\.0\.1\)$/);
    }
    expect((await extractUrl(`${otherBase}/article`)).body.fields.url[0]).toMatch(/private or local addresses/);
  });

  it('says clearly what is wrong with other addresses and pages', async () => {
    expect((await extractUrl('ftp://example.org/a')).body.fields.url[0]).toBe('Only http and https addresses can be read, not ftp');
    expect((await extractUrl('not a url')).body.fields.url[0]).toMatch(/^That is not a web address/);
    expect((await extractUrl(`${base}/image`)).body.fields.url[0]).toBe('Not an article: the address gives image/png');
    expect((await extractUrl(`${base}/front`)).body.fields.url[0]).toBe('Not an article: no report could be found on the page');
    expect((await extractUrl(`${base}/missing`)).body.fields.url[0]).toBe('The page answered 404');
    expect((await extractUrl(`${base}/big`)).body.fields.url[0]).toBe('The page is larger than 5 MB');
    expect((await extractUrl('http://169.254.169.254/latest/meta-data/')).body.fields.url[0]).toMatch(/private or local addresses \(169\.254\.169\.254\)/);
  });

  it('gives up on a page that does not answer in time', async () => {
    await expect(fetchPage(`${base}/slow`, { allowlist: [new URL(base).host], timeoutMs: 300 })).rejects.toThrow('The page did not answer in 0.3 s');
  });

  it('lets an admin set the allowlist, and refuses one that is not host:port', async () => {
    const bad = await settingsRoute(jsonRequest('PATCH', '/api/admin/settings', { fetchAllowlist: ['intranet.example'] }));
    expect(bad.status).toBe(400);
    const good = await settingsRoute(jsonRequest('PATCH', '/api/admin/settings', { fetchAllowlist: [new URL(base).host, new URL(otherBase).host] }));
    expect(good.status).toBe(200);
    expect((await extractUrl(`${base}/to-private`)).status).toBe(200);
  });
});
