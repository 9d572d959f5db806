import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 15: /clashes lists people placed in two places at once; the demo data has one.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`/clashes shows the demo's clash, Rubio in Beijing and in Kuala Lumpur on 3 December, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clashes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clashes');
    await page.getByLabel('From', { exact: true }).fill('2026-12-01');
    await page.getByLabel('To', { exact: true }).fill('2026-12-31');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/\/clashes\?from=2026-12-01&to=2026-12-31/);
    const clash = page.locator('.clash-entry').filter({ hasText: 'Marco Rubio' });
    await expect(clash.getByRole('heading', { name: 'Marco Rubio in two places' })).toBeVisible();
    await expect(clash.getByRole('link', { name: 'Marco Rubio visits Beijing' })).toBeVisible();
    await expect(clash.getByRole('link', { name: 'ASEAN Regional Forum in Kuala Lumpur' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/clashes-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'clashes');

    // The event page marks the clash, naming the other event (the visit, not again its meetings).
    await clash.getByRole('link', { name: 'ASEAN Regional Forum in Kuala Lumpur' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ASEAN Regional Forum in Kuala Lumpur');
    const mark = page.locator('.clash-warning');
    await expect(mark).toContainText('Clash');
    await expect(mark.getByRole('link', { name: 'Marco Rubio visits Beijing' })).toBeVisible();
    await expect(mark.getByRole('link')).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/event-clash-${viewport.width}.png`, fullPage: true });
  });
}

test('a bad date on /clashes is named, and a view without clashes says so', async ({ page }) => {
  await page.goto('/clashes?from=March');
  await expect(page.locator('.error-summary[role=alert]')).toContainText('from must be a date (YYYY-MM-DD)');
  await page.goto('/clashes?from=2026-03-01&to=2026-03-31');
  await expect(page.getByText('No clashes in this view')).toBeVisible();
});
