import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { loadDemoData, spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';

// Issue 14, item 1: once accounts exist, "Subscribe to this view" gave calendar apps a link
// without the feed key (401), and froze the view's dates into it.
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
  loadDemoData(app);
});
test.afterAll(async () => {
  await app.stop();
});

test('signed in, "Subscribe to this view" gives a rolling feed with the personal key that a calendar app can read', async ({ page }) => {
  await signInAsAdmin(page, app.baseURL);
  await page.goto(`${app.baseURL}/?from=2026-06-01&to=2026-06-30&person=friedrich-merz`);
  await page.getByText('Subscribe to this view').click();
  // A new account has no key yet: the panel makes one rather than offer links that would fail.
  await page.getByRole('button', { name: 'Create my feed key' }).click();

  const https = page.getByRole('link', { name: 'Feed address (https)' });
  await expect(https).toHaveAttribute('href', /[?&]key=/);
  const url = new URL((await https.getAttribute('href'))!);
  const me = await (await page.request.get(`${app.baseURL}/api/me`)).json();
  expect(url.pathname).toBe('/feeds/view.ics');
  expect(url.searchParams.get('key')).toBe(me.user.feedKey);
  expect(url.searchParams.get('person')).toBe('friedrich-merz');
  expect(url.searchParams.has('from')).toBe(false);
  expect(url.searchParams.has('to')).toBe(false);
  // `past` reaches back to the view's first day, counted from today, so the feed rolls with time.
  const daysSinceFrom = Math.floor((Date.now() - Date.UTC(2026, 5, 1)) / 86_400_000);
  expect(Number(url.searchParams.get('past'))).toBeGreaterThanOrEqual(daysSinceFrom);
  await expect(page.getByRole('link', { name: /webcal/ })).toHaveAttribute('href', url.href.replace(/^http:/, 'webcal:'));
  await page.screenshot({ path: 'test-results/screenshots/subscribe-signed-in.png' });

  // A calendar app has no session cookie: Node's fetch sends none.
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
  const summaries = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
  expect(summaries.some((summary) => summary.includes('G7 summit'))).toBe(true);
});
