import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 15: a page per person and per country, and their searchable indexes.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`Mark Rutte's page shows his Washington visit, Trump, Rubio and Hegseth among his counterparts, and his feed, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/people/mark-rutte');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mark Rutte');
    const counterparts = page.getByRole('region', { name: 'Met most often' });
    for (const name of ['Donald Trump', 'Marco Rubio', 'Pete Hegseth']) await expect(counterparts.getByRole('link', { name })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Countries visited' }).getByRole('link', { name: 'United States' })).toBeVisible();
    // The gazetteer's offices with their dates: NATO's Secretary General since October 2024, Dutch prime minister before.
    const held = page.getByRole('region', { name: 'Offices held' });
    await expect(held.getByRole('listitem').filter({ hasText: 'Secretary General' })).toContainText('since 2024-10-01');
    await expect(held.getByRole('link', { name: 'NATO' })).toHaveAttribute('href', '/organisations/nato');
    await expect(held.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Netherlands' }) })).toContainText('2010-10-14 – 2024-07-02');
    const itinerary = page.locator('.itinerary-entry').filter({ hasText: 'Mark Rutte visits Washington' });
    await expect(itinerary).toContainText('Washington');
    await expect(itinerary).toContainText('8–12 Apr 2026');
    await expect(page.getByRole('link', { name: 'Subscribe to Mark Rutte with webcal' })).toHaveAttribute('href', /^webcal:\/\/.*\/feeds\/person\/mark-rutte\.ics$/);
    await expect(page.getByRole('link', { name: 'On the timeline' })).toHaveAttribute('href', '/?person=mark-rutte');
    // The map: a point per stop, linked to its event, and the same in words beneath it.
    const map = page.getByRole('group', { name: "Map of Mark Rutte's trips in date order" });
    await expect(map.getByRole('link', { name: '8 Apr 2026, Washington: Mark Rutte visits Washington' })).toHaveAttribute('href', /\/events\/\d+$/);
    await expect(page.locator('.itinerary-map figcaption li')).toHaveCount(await map.getByRole('link').count());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/person-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'person page');
  });

  test(`the United States' page lists Rutte's visit among its incoming visits, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/countries/US');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('United States (US)');
    const visits = page.getByRole('region', { name: 'Visits to United States' });
    await expect(visits.getByRole('link', { name: 'Mark Rutte visits Washington' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Most frequent visitors' }).getByRole('link', { name: 'Mark Rutte' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/country-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'country page');
  });

  test(`the people and countries indexes search by name, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
    await page.getByLabel('Find a person').fill('rutte');
    await page.getByLabel('Find a person').press('Enter');
    await expect(page).toHaveURL(/\/people\?q=rutte$/);
    await expect(page.getByRole('link', { name: 'Mark Rutte' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/people-index-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'people index');
    await page.getByRole('link', { name: 'Mark Rutte' }).click();
    await expect(page).toHaveURL(/\/people\/mark-rutte$/);

    await page.goto('/countries?q=united');
    await expect(page.getByRole('link', { name: 'United States' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'France' })).toHaveCount(0);
    await page.screenshot({ path: `test-results/screenshots/countries-index-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'countries index');
  });
}

test('NATO’s page names Mark Rutte and its events, at 1440 and 390 px', async ({ page }) => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/people/mark-rutte');
    await page.getByRole('region', { name: 'Offices at the events' }).getByRole('link', { name: 'NATO' }).click();
    await expect(page).toHaveURL(/\/organisations\/nato$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('NATO');
    await expect(page.getByRole('region', { name: 'Who represents it' }).getByRole('link', { name: 'Mark Rutte' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mark Rutte visits Washington' }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/organisation-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'organisation page');
  }
});

test('unknown people and countries are not found; a lower-case code goes to the country', async ({ page }) => {
  expect((await page.goto('/people/nobody-of-that-name'))?.status()).toBe(404);
  expect((await page.goto('/countries/ZZ'))?.status()).toBe(404);
  expect((await page.goto('/organisations/no-such-body'))?.status()).toBe(404);
  await page.goto('/countries/fr');
  await expect(page).toHaveURL(/\/countries\/FR$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('France (FR)');
});
