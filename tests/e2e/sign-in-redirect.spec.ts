import { expect, test } from '@playwright/test';
import { spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';

// Finding 6 of issue 13: `/sign-in?next=/%5Cevil.example/x` sent the browser to evil.example after
// a good sign-in. Chromium reads "/\evil.example" as "//evil.example", another host.
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
});
test.afterAll(async () => {
  await app.stop();
});

for (const next of ['/%5Cevil.example/x', '/%09/evil.example/y', '//evil.example/z', 'https://evil.example/w', '/.//evil.example/v']) {
  test(`after signing in with next=${next} the browser stays on Summitry`, async ({ page }) => {
    // Nothing leaves the machine: any request to evil.example is answered here, and recorded.
    const visitedEvil: string[] = [];
    // (Matched by host: the sign-in page's own URL names evil.example in its query.)
    await page.route((url) => url.hostname === 'evil.example', (route) => {
      visitedEvil.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>evil</h1>' });
    });
    await page.goto(`${app.baseURL}/sign-in?next=${next}`);
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel('Password').fill('a long admin password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('admin@example.org (admin)')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(app.baseURL);
    expect(visitedEvil).toEqual([]);
  });
}

test('a same-origin next path is followed, query included', async ({ page }) => {
  await page.goto(`${app.baseURL}/sign-in?next=${encodeURIComponent('/feeds?from=2026-01-01')}`);
  await page.getByLabel('Email').fill('admin@example.org');
  await page.getByLabel('Password').fill('a long admin password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${app.baseURL}/feeds?from=2026-01-01`);
});
