import { expect, test } from '@playwright/test';
import { E2E_ADMIN, loadDemoData, spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';

// A hydration mismatch makes React drop the server's page and render it again, losing what the
// reader did meanwhile (an opened "Subscribe to this view" closed itself under a click in CI).
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
  loadDemoData(app);
});
test.afterAll(async () => {
  await app.stop();
});

test('signed in, the timeline, agenda and feeds pages hydrate without a mismatch, however fast their data arrives', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await signInAsAdmin(page, app.baseURL);
  for (let round = 0; round < 3; round++)
    for (const path of ['/', '/?from=2026-04-01&to=2026-04-30', '/?from=2026-06-01&to=2026-06-30&person=friedrich-merz', '/?from=2026-04-01&to=2026-04-30&view=agenda', '/feeds']) {
      await page.goto(`${app.baseURL}${path}`);
      await expect(page.getByText(`${E2E_ADMIN.email} (admin)`)).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
  expect(errors).toEqual([]);
});
