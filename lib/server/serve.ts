import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { normaliseForwardedHeaders } from './forwarded-headers';
import { findRefusal, type Refusal } from './request-guards';
import { parseTrustedProxies } from './trusted-proxies';

// `npm start`: Next's own request handler behind header normalisation and the checks Next cannot
// make itself (see request-guards.ts). Every request that is not refused goes through Next.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
const publicUrlIsHttps = (process.env.PUBLIC_URL ?? '').startsWith('https:');
// Two years, as browsers' preload lists ask; sent only on answers that reached us over https.
const HSTS = 'max-age=63072000; includeSubDomains';

// A refused body is read and thrown away up to this much, so a client still uploading sees the
// answer instead of a connection reset; past it (or after DRAIN_MS) the connection is cut.
const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
const DRAIN_MS = 5000;

function discardBody(request: IncomingMessage): void {
  let seen = 0;
  const cut = () => request.socket.destroy();
  const timer = setTimeout(cut, DRAIN_MS);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DRAIN_MAX_BYTES) cut();
  });
  request.on('end', () => clearTimeout(timer));
  request.on('close', () => clearTimeout(timer));
  request.resume();
}

function answerRefusal(request: IncomingMessage, response: ServerResponse, path: string, refusal: Refusal): void {
  const json = path.startsWith('/api/');
  const body = json ? JSON.stringify({ error: refusal.message }) : `${refusal.message}\n`;
  response.writeHead(refusal.status, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...refusal.headers,
  });
  response.end(body);
  discardBody(request);
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    normaliseForwardedHeaders(request, trustedProxies);
    if (publicUrlIsHttps || request.headers['x-forwarded-proto'] === 'https') response.setHeader('strict-transport-security', HSTS);
    const refusal = findRefusal(request);
    if (refusal) return answerRefusal(request, response, (request.url ?? '/').split('?')[0], refusal);
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`Summitry listening on http://${hostname}:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
