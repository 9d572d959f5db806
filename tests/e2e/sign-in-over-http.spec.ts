import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { spawnAppOnEmptyDatabase, type SpawnedApp } from './support/spawn-app';

// Finding 7 of issue 13: without PUBLIC_URL the session cookie was always `__Secure-…; Secure`,
// so signing in over plain http answered 200 and stored nothing. Chromium keeps Secure cookies
// from http://localhost, so the app is reached under another name that maps to loopback.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP summitry.test 127.0.0.1'],
  },
});

const PASSWORD = 'a long admin password';
function createAdmin(app: SpawnedApp): void {
  execFileSync('npx', ['tsx', 'db/cli/user-create.ts', '--email', 'admin@example.org', '--password', PASSWORD, '--role', 'admin'], {
    env: { ...process.env, DATABASE_PATH: app.databasePath },
  });
}
const viaTestHost = (app: SpawnedApp) => app.baseURL.replace('127.0.0.1', 'summitry.test');

async function signIn(page: import('@playwright/test').Page, base: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill('admin@example.org');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test.describe('without PUBLIC_URL, over plain http', () => {
  let app: SpawnedApp;
  test.beforeAll(async () => {
    app = await spawnAppOnEmptyDatabase();
    createAdmin(app);
  });
  test.afterAll(async () => app.stop());

  test('signing in sticks: the cookie follows the request’s scheme', async ({ page, context }) => {
    await signIn(page, viaTestHost(app));
    await expect(page.getByText('admin@example.org (admin)')).toBeVisible();
    const cookies = await context.cookies(viaTestHost(app));
    expect(cookies.find((c) => c.name.includes('session_token'))).toMatchObject({ secure: false });
  });
});

test.describe('with an https PUBLIC_URL, reached over plain http', () => {
  let app: SpawnedApp;
  test.beforeAll(async () => {
    app = await spawnAppOnEmptyDatabase({ PUBLIC_URL: 'https://summitry.example.org' });
    createAdmin(app);
  });
  test.afterAll(async () => app.stop());

  test('a sign-in that cannot stick says why', async ({ page }) => {
    await signIn(page, viaTestHost(app));
    // (Next's route announcer is an alert too: take the form's own.)
    const alert = page.getByRole('alert').filter({ hasText: 'session cookie' });
    await expect(alert).toContainText('did not keep the session cookie');
    await expect(alert).toContainText('https://summitry.example.org');
  });
});
