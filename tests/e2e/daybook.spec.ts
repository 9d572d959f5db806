import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 16, the daybook: a diary of given days, by country and city, for the screen and for paper.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`the daybook of 8 April lists Washington with the visit and its meetings beneath it, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/daybook?date=2026-04-08&days=2');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daybook: 8 Apr – 9 Apr 2026');
    const day = page.getByRole('region', { name: 'Wednesday 8 April 2026' });
    const washington = day.getByRole('region', { name: 'Washington, United States' });
    await expect(washington.getByRole('link', { name: 'Mark Rutte visits Washington' })).toBeVisible();
    await expect(washington.getByRole('list', { name: 'Within Mark Rutte visits Washington' }).getByRole('listitem')).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Thursday 9 April 2026' })).toContainText('Mark Rutte visits Washington');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/daybook-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'daybook');

    // The exports carry the same parameters.
    await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/daybook.csv?date=2026-04-08&days=2');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: 'CSV' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await page.screenshot({ path: `test-results/screenshots/daybook-print-${viewport.width}.png`, fullPage: true });
    // Printed by Chromium itself: a PDF of the two days (the second starts a new page).
    const pdf = await page.pdf({ format: 'A4', path: `test-results/screenshots/daybook-${viewport.width}.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });
}

test('"Tomorrow" in the navigation opens the next day\'s diary; bad parameters are named', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tomorrow' }).click();
  await expect(page).toHaveURL(/\/daybook$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Daybook:');
  await page.goto('/daybook?date=8%20April&days=90');
  const alert = page.locator('.error-summary[role=alert]');
  await expect(alert).toContainText('date must be a date (YYYY-MM-DD)');
  await expect(alert).toContainText('days must be at most 31');
});

test('a timed event shows the place\'s time, UTC and the reader\'s own time', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto('/daybook?date=2026-04-21');
  // The meeting's own line, inside the visit's.
  const line = page.locator('.daybook-event').filter({ hasText: 'Macron meets Lee' }).last();
  await expect(line).toContainText('15:00 GMT+9 (06:00 UTC)');
  await expect(line).toContainText('21 Apr, 02:00 EDT your time');
  await context.close();
});
