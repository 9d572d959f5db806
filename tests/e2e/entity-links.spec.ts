import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 15: every person, country and organisation named on the agenda, the daybook and /changes links to its page.
for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`the agenda and the daybook link people, organisations and countries to their pages, at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?from=2026-04-08&to=2026-04-12&view=agenda&person=mark-rutte');
    // The visit's own row (other events may name it in a clash mark: "Clashes with Mark Rutte visits Washington").
    const visit = page.locator('.agenda-event').filter({ has: page.getByRole('link', { name: 'Mark Rutte visits Washington', exact: true }) });
    await expect(visit.getByRole('link', { name: 'Mark Rutte', exact: true })).toHaveAttribute('href', '/people/mark-rutte');
    await expect(visit.getByRole('link', { name: 'NATO', exact: true })).toHaveAttribute('href', '/organisations/nato');
    await expect(visit.getByRole('link', { name: 'United States', exact: true })).toHaveAttribute('href', '/countries/US');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/agenda-links-${viewport.width}.png` });
    await expectNoSeriousAxeViolations(page, 'agenda with links');

    await page.goto('/daybook?date=2026-04-08');
    const meeting = page.locator('li li.daybook-event').filter({ hasText: 'Trump' }).first();
    await expect(meeting.getByRole('link', { name: 'Donald Trump', exact: true })).toHaveAttribute('href', '/people/donald-trump');
    await expect(page.getByRole('heading', { level: 3 }).getByRole('link', { name: 'United States', exact: true }).first()).toHaveAttribute('href', '/countries/US');
    await page.screenshot({ path: `test-results/screenshots/daybook-links-${viewport.width}.png` });
    await expectNoSeriousAxeViolations(page, 'daybook with links');
    await meeting.getByRole('link', { name: 'Mark Rutte', exact: true }).click();
    await expect(page).toHaveURL(/\/people\/mark-rutte$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mark Rutte');
  });
}

test('/changes links the people and the place of each changed event', async ({ page }) => {
  // The demo calendar was loaded when the server started: its events are this week's changes.
  await page.goto('/changes?person=mark-rutte');
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Mark Rutte visits Washington' }) });
  await expect(entry.getByRole('link', { name: 'Mark Rutte', exact: true })).toHaveAttribute('href', '/people/mark-rutte');
  await expect(entry.getByRole('link', { name: 'NATO', exact: true })).toHaveAttribute('href', '/organisations/nato');
  await expect(entry.getByRole('link', { name: 'United States', exact: true })).toHaveAttribute('href', '/countries/US');
  await expectNoSeriousAxeViolations(page, 'changes with links');
});
