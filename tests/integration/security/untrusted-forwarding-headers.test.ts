import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Findings 2 and 10 of issue 13: forwarding headers a client sends itself are not believed unless
// the peer is a trusted proxy (TRUSTED_PROXIES). `next start` kept them, so a client could name the
// origin the app expects of a signed-in change, and an https claim would earn HSTS.
const app = startProductionServerForFile();
const PASSWORD = 'a long enough password';

async function signInCookie(email: string): Promise<string> {
  await promisify(execFile)('npx', ['tsx', 'db/cli/user-create.ts', '--email', email, '--password', PASSWORD, '--role', 'editor'], { env: { ...process.env, DATABASE_PATH: app.databasePath } });
  const response = await fetch(`${app.url}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

async function askForFeedKey(cookie: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${app.url}/api/me/feed-key`, { method: 'POST', headers: { cookie, ...headers } });
  await response.arrayBuffer();
  return response.status;
}

describe('without TRUSTED_PROXIES', () => {
  it('ignores X-Forwarded-Proto from the client', async () => {
    const response = await fetch(`${app.url}/api/me`, { headers: { 'x-forwarded-proto': 'https' } });
    await response.arrayBuffer();
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('judges the origin of a signed-in change by the connection, not by forwarding headers the client sent', async () => {
    const cookie = await signInCookie('editor@example.org');
    // Our own page, whatever scheme or host the client claims to have been forwarded from…
    expect.soft(await askForFeedKey(cookie, { origin: app.url, 'x-forwarded-proto': 'https' })).toBe(200);
    expect.soft(await askForFeedKey(cookie, { origin: app.url, 'x-forwarded-host': 'evil.example' })).toBe(200);
    // …and another site, even when it claims to be where the request was forwarded from.
    expect.soft(await askForFeedKey(cookie, { origin: 'https://evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' })).toBe(403);
  }, 60_000);
});
