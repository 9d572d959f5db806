import { expect, test } from '@playwright/test';

// Issue 15: typing an event that places someone elsewhere at the same time warns before save,
// names the other event with a link, and saving anyway keeps both.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`the form warns of a clash with a saved event and still saves, at ${viewport.width} px`, async ({ page, request }) => {
    await page.setViewportSize(viewport);
    const title = `Rutte meets Barrot in Paris (${viewport.width})`;
    await page.goto('/events/new');
    await page.getByLabel('Kind').selectOption('meeting');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Start').fill('2026-04-08');
    await page.getByLabel('City').fill('Paris');
    await page.getByLabel('Country (ISO code)').fill('FR');
    await page.getByLabel('Time zone of the place').fill('Europe/Paris');
    await page.getByLabel('Participant 1 name').fill('Mark Rutte');
    const warning = page.locator('.clash-warning');
    await expect(warning).toContainText('Possible clash');
    await expect(warning.getByRole('link', { name: 'Rutte meets Trump' })).toBeVisible();
    await expect(warning).toContainText('Mark Rutte is also at');
    await page.screenshot({ path: `test-results/screenshots/clash-warning-${viewport.width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = Number(page.url().split('/').pop());
    const clashes = (await (await request.get('/api/clashes?from=2026-04-08&to=2026-04-08&person=mark-rutte')).json()) as { clashes: Array<{ events: Array<{ id: number }> }> };
    expect(clashes.clashes.some((c) => c.events.some((e) => e.id === id))).toBe(true);
  });
}

test('moving the typed event to another day clears the warning', async ({ page }) => {
  await page.goto('/events/new');
  await page.getByLabel('Title').fill('Rutte in Paris');
  await page.getByLabel('Start').fill('2026-04-08');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Country (ISO code)').fill('FR');
  await page.getByLabel('Participant 1 name').fill('Mark Rutte');
  await expect(page.locator('.clash-warning')).toBeVisible();
  await page.getByLabel('Start').fill('2026-04-20');
  await expect(page.locator('.clash-warning')).toHaveCount(0);
});
