import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startProductionServerForFile } from '../../support/production-server-fixture';

// Finding 2 of issue 13: rate limits followed a client-chosen X-Forwarded-For, and good sign-ins
// counted towards the limit.
const PASSWORD = 'a long enough password';
const direct = startProductionServerForFile();

// Asynchronously: a test process blocked on a child would keep stale keep-alive sockets to reuse.
async function createAccounts(databasePath: string, emails: string[]): Promise<void> {
  for (const email of emails) {
    await promisify(execFile)('npx', ['tsx', 'db/cli/user-create.ts', '--email', email, '--password', PASSWORD, '--role', 'viewer'], { env: { ...process.env, DATABASE_PATH: databasePath } });
  }
}

async function signIn(base: string, email: string, password: string, forwardedFor: string): Promise<number> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('without TRUSTED_PROXIES, a client cannot pick its own rate-limit bucket', () => {
  // First, while the install is open and extraction anonymous, as in the probe.
  it('limits extraction even when each request claims another X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const response = await fetch(`${direct.url}/api/extract`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ text: 'Rutte meets Rubio in Washington on 8 April 2026.', published: '2026-04-01' }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses).toContain(429);
  }, 60_000);

  it('slows 40 wrong passwords even when each claims another X-Forwarded-For', async () => {
    await createAccounts(direct.databasePath, ['admin@example.org']);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push(await signIn(direct.url, 'admin@example.org', `guess ${i}`, `198.51.100.${i}`));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(30);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  }, 60_000);

});

describe('an office behind one address', () => {
  const office = startProductionServerForFile();
  it('signs ten people in one after another, none refused', async () => {
    const emails = Array.from({ length: 10 }, (_, i) => `person${i}@example.org`);
    await createAccounts(office.databasePath, emails);
    const statuses = [];
    for (const email of emails) statuses.push(await signIn(office.url, email, PASSWORD, '192.0.2.10'));
    expect(statuses).toEqual(emails.map(() => 200));
  }, 120_000);
});

describe('behind a trusted proxy', () => {
  const proxied = startProductionServerForFile({ TRUSTED_PROXIES: '127.0.0.1' });
  it('counts each forwarded client apart, and slows the guessed account for all of them', async () => {
    await createAccounts(proxied.databasePath, ['admin@example.org']);
    const timings: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = Date.now();
      expect(await signIn(proxied.url, 'admin@example.org', `guess ${i}`, `198.51.100.${i}`)).toBe(401);
      timings.push(Date.now() - started);
    }
    // Three free failures, then 1 s, 2 s, 4 s of delay before the password is even checked.
    expect(timings[5]).toBeGreaterThan(3500);
    expect(timings[0]).toBeLessThan(1000);
    // …but the owner still gets in: a delay, never a lock-out.
    expect(await signIn(proxied.url, 'admin@example.org', PASSWORD, '192.0.2.99')).toBe(200);
  }, 60_000);
});
