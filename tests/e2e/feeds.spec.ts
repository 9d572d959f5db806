import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

test('the feeds page offers webcal, https and Google links, creates and revokes a private feed', async ({ page, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/feeds');
  const everything = page.getByRole('region', { name: 'Everything' });
  await expect(everything.getByRole('link', { name: 'Subscribe to All events with webcal' })).toHaveAttribute('href', /^webcal:\/\/127\.0\.0\.1:\d+\/feeds\/all\.ics$/);
  await expect(everything.getByRole('link', { name: 'Add All events to Google Calendar' })).toHaveAttribute('href', /^https:\/\/calendar\.google\.com\/calendar\/render\?cid=webcal%3A%2F%2F/);
  await everything.getByRole('button', { name: 'Copy URL of the All events feed' }).click();
  await expect(everything.getByRole('button', { name: 'Copied the All events feed URL' })).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/all\.ics$/);
  await expect(page.getByRole('region', { name: 'People' }).getByText('Mark Rutte')).toBeVisible();

  const form = page.getByRole('form', { name: 'Create a private feed' });
  await form.getByLabel('Filter').fill('country=USA');
  await form.getByLabel('Name').fill('Bad filter');
  await form.getByRole('button', { name: 'Create private feed' }).click();
  await expect(form.locator('.field-error')).toContainText('country must be a two-letter code');

  await form.getByLabel('Filter').fill('person=mark-rutte');
  await form.getByLabel('Name').fill('Rutte watch');
  await form.getByRole('button', { name: 'Create private feed' }).click();
  const link = page.getByRole('link', { name: 'Rutte watch feed over https' });
  await expect(link).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/feeds.png', fullPage: true });

  const url = new URL((await link.getAttribute('href'))!);
  const feed = await request.get(`${url.pathname}?past=3650`);
  expect(feed.status()).toBe(200);
  const summaries = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
  expect(summaries).toContain('Rutte – Trump, Washington');

  await page.getByRole('button', { name: 'Revoke Rutte watch' }).click();
  await expect(link).toHaveCount(0);
  expect((await request.get(url.pathname)).status()).toBe(404);
});
