import { expect, test } from '@playwright/test';

// Issue 16: "Watch this view" saves the timeline's filters as a named watchlist with a calendar
// and an Atom feed of its changes; revoking it on /feeds stops both.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`an analyst watches a view by name, reads its Atom feed, and revoking it stops both feeds, at ${viewport.width} px`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?from=2026-04-01&to=2026-04-30&person=mark-rutte');
    await page.getByText('Subscribe to this view').click();
    const name = page.getByLabel('Name of the watchlist');
    await expect(name).toHaveValue('mark-rutte');
    await name.fill(`Rutte watch ${viewport.width}`);
    await page.getByRole('button', { name: 'Watch this view' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Watching' });
    await expect(status).toContainText(`Watching “Rutte watch ${viewport.width}”`);
    await page.screenshot({ path: `test-results/screenshots/watchlist-${viewport.width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    const atomHref = await status.getByRole('link', { name: 'changes in a feed reader (Atom)' }).getAttribute('href');
    expect(atomHref).toMatch(/^\/feeds\/t\/[\w-]+\.atom$/);
    const atom = await request.get(atomHref!);
    expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await atom.text()).toContain('Mark Rutte visits Washington: created');
    const calendar = await request.get(atomHref!.replace(/\.atom$/, '.ics'));
    expect(calendar.status()).toBe(200);

    await page.goto('/feeds');
    const row = page.locator('.feed-list li', { hasText: `Rutte watch ${viewport.width}` });
    await expect(row.getByRole('link', { name: `Atom feed of changes to Rutte watch ${viewport.width}` })).toHaveAttribute('href', atomHref!);
    await page.screenshot({ path: `test-results/screenshots/feeds-watchlists-${viewport.width}.png`, fullPage: true });
    await row.getByRole('button', { name: `Revoke Rutte watch ${viewport.width}` }).click();
    await expect(row).toHaveCount(0);
    expect((await request.get(atomHref!)).status()).toBe(404);
    expect((await request.get(atomHref!.replace(/\.atom$/, '.ics'))).status()).toBe(404);
  });
}

test('a watchlist without a name is refused on its field', async ({ page }) => {
  await page.goto('/?from=2026-04-01&to=2026-04-30&country=US');
  await page.getByText('Subscribe to this view').click();
  await page.getByLabel('Name of the watchlist').fill('');
  await page.getByRole('button', { name: 'Watch this view' }).click();
  await expect(page.locator('.tl-watch [role=alert]')).toBeVisible();
  await expect(page.getByLabel('Name of the watchlist')).toHaveAttribute('aria-invalid', 'true');
});
