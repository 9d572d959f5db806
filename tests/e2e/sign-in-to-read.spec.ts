import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN, loadDemoData, spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 14, item 8: signed out on an install where reading needs an account, the home page showed
// an empty timeline, "No events match this view", a red error and about 30 refused requests.
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
  loadDemoData(app);
});
test.afterAll(async () => {
  await app.stop();
});

/** Responses the page's own scripts had refused (401/403) while it was open. */
function collectRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 401 || response.status() === 403) refused.push(`${response.status()} ${response.url()}`);
  });
  return refused;
}

async function fillSignIn(page: Page) {
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a signed-out visitor to a filtered timeline is sent to sign in, then back to the same view', async ({ page }) => {
  const view = '/?from=2026-04-01&to=2026-04-30&person=mark-rutte';
  const refused = collectRefusals(page);
  await page.goto(`${app.baseURL}${view}`);
  await expect(page).toHaveURL(`${app.baseURL}/sign-in?next=${encodeURIComponent(view)}`);
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('No events match this view')).toHaveCount(0);
  expect(refused).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'sign-in, signed out');

  await fillSignIn(page);
  await expect(page).toHaveURL(`${app.baseURL}${view}`);
  await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ })).toBeVisible();
});

test('an event page sends a signed-out visitor to sign in and back to the event', async ({ page }) => {
  await page.goto(`${app.baseURL}/events/1`);
  await expect(page).toHaveURL(`${app.baseURL}/sign-in?next=${encodeURIComponent('/events/1')}`);
  await fillSignIn(page);
  await expect(page).toHaveURL(`${app.baseURL}/events/1`);
  await expect(page.getByRole('heading', { name: 'Mark Rutte visits Washington' })).toBeVisible();
});

test('when anyone may read, a signed-out visitor stays on the timeline', async ({ page, browser }) => {
  await signInAsAdmin(page, app.baseURL);
  await page.goto(`${app.baseURL}/admin`);
  // The radio follows the saved setting, so it turns checked once the server has it.
  await page.getByRole('radio', { name: /Anyone/ }).click();
  await expect(page.getByRole('radio', { name: /Anyone/ })).toBeChecked();
  await expect.poll(async () => (await (await fetch(`${app.baseURL}/api/me`)).json()).readAccess).toBe('public');

  const stranger = await browser.newPage();
  await stranger.goto(`${app.baseURL}/?from=2026-04-01&to=2026-04-30`);
  await expect(stranger).toHaveURL(/\/\?from=2026-04-01&to=2026-04-30$/);
  await expect(stranger.getByRole('link', { name: /^Mark Rutte visits Washington/ })).toBeVisible();

  // The header's "Sign in" brings the reader back to the same view afterwards.
  const view = '/?from=2026-04-01&to=2026-04-30';
  await expect(stranger.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(view)}`);
  await stranger.getByRole('link', { name: 'Sign in', exact: true }).click();
  await fillSignIn(stranger);
  await expect(stranger).toHaveURL(`${app.baseURL}${view}`);
  await stranger.close();
});
