import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Finding 14 of issue 13: `TRACE /api/events` answered 500 from the framework.
const app = startProductionServerForFile();

/** fetch() refuses TRACE and CONNECT itself, so these go out through node:http. */
function send(method: string, path: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, app.url);
    const outgoing = request({ method, host: url.hostname, port: url.port, path: url.pathname }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, allow: response.headers.allow, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('methods no route takes', () => {
  it.each(['TRACE', 'PROPFIND', 'MKCOL'])('%s /api/events answers 405 with Allow and a message', async (method) => {
    const answer = await send(method, '/api/events');
    expect(answer.status).toBe(405);
    expect(answer.allow).toContain('GET');
    expect(JSON.parse(answer.body).error).toMatch(/not supported/);
  });

  it('TRACE on a page or a feed answers 405 too', async () => {
    expect((await send('TRACE', '/')).status).toBe(405);
    expect((await send('TRACE', '/feeds/all.ics')).status).toBe(405);
  });
});
