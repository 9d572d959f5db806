import { expect, test } from '@playwright/test';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE } from '../fixtures/article-page';

// Issue 16: an analyst gives the address of a report; the server reads the page, keeps the
// article and fills the source, and the drafts follow as for pasted text.
let server: Server;
let pageUrl = '';

test.beforeAll(async ({ request }) => {
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  pageUrl = `http://${host}/esteri/rutte-washington`;
  // A page on this machine is a private address: the admin allows this one host and port.
  const allowed = await request.patch('/api/admin/settings', { data: { fetchAllowlist: [host] } });
  expect(allowed.status()).toBe(200);
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`reads a report from its address and proposes its events, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/ingest');
    await page.getByLabel('Source URL').fill(pageUrl);
    await page.getByRole('button', { name: 'Read the page' }).click();
    await expect(page.locator('#article-text')).toHaveValue(/^Rutte a Washington dall'8 al 12 aprile\n\nIl Segretario Generale della NATO/);
    await expect(page.locator('#article-text')).not.toHaveValue(/PUBBLICITÀ/);
    await expect(page.getByLabel('Publisher')).toHaveValue('Agenzia Prova');
    await expect(page.getByLabel('Published on')).toHaveValue('2026-04-03');
    await expect(page.getByLabel('Language')).toHaveValue('it');
    await expect(page.getByRole('region', { name: 'Review the extracted events' })).toContainText('Mark Rutte');
    await page.screenshot({ path: `test-results/screenshots/ingest-url-${viewport.width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('says on the address field why a page cannot be read, and keeps what was typed', async ({ page }) => {
  await page.goto('/ingest');
  await page.locator('#article-text').fill('Testo già incollato.');
  await page.getByLabel('Source URL').fill('http://127.0.0.1:9/admin');
  await page.getByRole('button', { name: 'Read the page' }).click();
  await expect(page.locator('#source-url-error')).toHaveText('Summitry does not fetch from private or local addresses (127.0.0.1)');
  await expect(page.getByLabel('Source URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#article-text')).toHaveValue('Testo già incollato.');
  await page.getByLabel('Source URL').fill('ftp://example.org/report');
  await page.getByRole('button', { name: 'Read the page' }).press('Enter');
  await expect(page.locator('#source-url-error')).toHaveText('Only http and https addresses can be read, not ftp');
});
