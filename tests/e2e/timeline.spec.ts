import { expect, test } from '@playwright/test';

test.describe('timeline', () => {
  test('shows the seed visit in Mark Rutte’s lane with its three meetings on 8 April', async ({ page }) => {
    await page.goto('/?from=2026-04-01&to=2026-04-30');
    const lane = page.locator('section.lane[data-lane="mark-rutte"]');
    await expect(lane.getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
    await expect(lane.getByRole('link', { name: /Mark Rutte visits Washington/ })).toBeVisible();
    const meetings = lane.getByRole('list', { name: 'Inside Mark Rutte visits Washington' }).locator('.event-row');
    await expect(meetings).toHaveCount(3);
    await expect(meetings.locator('.when')).toHaveText(['8 Apr 2026', '8 Apr 2026', '8 Apr 2026']);
    await expect(meetings.locator('.title')).toContainText(['Trump', 'Rubio', 'Hegseth']);
    await page.screenshot({ path: 'test-results/screenshots/timeline-april.png', fullPage: true });
  });

  test('filters by country through the form, and the URL reproduces the view after a reload', async ({ page }) => {
    await page.goto('/?from=2026-04-01&to=2026-04-30');
    await page.getByLabel('Country', { exact: true }).fill('US');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/country=US/);
    await expect(page.getByRole('link', { name: /Mark Rutte visits Washington/ }).first()).toBeVisible();

    await page.getByLabel('Country', { exact: true }).fill('FR');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/country=FR/);
    // France's own delegation (Macron in Seoul) stays; the Washington visit goes.
    await expect(page.getByRole('link', { name: /Emmanuel Macron visits Seoul/ }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Mark Rutte visits Washington/ })).toHaveCount(0);

    await page.reload();
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('FR');
    await expect(page.getByRole('link', { name: /Mark Rutte visits Washington/ })).toHaveCount(0);
  });

  test('groups by country on request and keeps the grouping in the URL', async ({ page }) => {
    await page.goto('/?from=2026-04-01&to=2026-04-30&group=country');
    await expect(page.getByLabel('Group by')).toHaveValue('country');
    await expect(page.locator('section.lane[data-lane="US"]').getByRole('heading', { name: 'United States' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/timeline-by-country.png', fullPage: true });
  });

  test('says which URL parameters it could not read instead of ignoring them silently', async ({ page }) => {
    await page.goto('/?from=yesterday&kind=party');
    await expect(page.getByRole('alert').filter({ hasText: 'not understood' })).toContainText('from: from must be a date');
  });

  test('a keyboard user reaches the seed visit and opens it', async ({ page }) => {
    await page.goto('/?from=2026-04-01&to=2026-04-30&person=mark-rutte');
    const link = page.getByRole('link', { name: /Mark Rutte visits Washington/ });
    for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Mark Rutte visits Washington' })).toBeVisible();
  });
});
