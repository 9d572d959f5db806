import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { signInAsAdmin } from './support/sign-in';
import { loadDemoData, spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';

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

// Issue 15: "not a clash", on an app of its own so the shared demo keeps its clash for the other specs.
test.describe('marking a clash as not a clash', () => {
  let app: SpawnedApp;
  test.beforeAll(async () => {
    app = await spawnAppWithAdmin();
    loadDemoData(app);
    execFileSync('npx', ['tsx', 'db/cli/user-create.ts', '--email', 'reader@example.org', '--password', 'a long reader password', '--role', 'viewer', '--name', 'Rita Reader'], {
      env: { ...process.env, DATABASE_PATH: app.databasePath },
    });
  });
  test.afterAll(async () => {
    await app.stop();
  });

  const DECEMBER = '/clashes?from=2026-12-01&to=2026-12-31';
  const BEIJING = 'Marco Rubio visits Beijing';
  const FORUM = 'ASEAN Regional Forum in Kuala Lumpur';
  const REASON = 'The Kuala Lumpur report is of the foreign ministers’ forum, which Rubio skips';

  /** The two events' ids, versions and updated times, as the API has them. */
  async function savedClash(page: Page): Promise<Record<string, { id: number; version: number; updatedAt: string }>> {
    const { events } = (await (await page.request.get(`${app.baseURL}/api/events?from=2026-12-01&to=2026-12-31`)).json()) as { events: Array<{ id: number; title: string; version: number; updatedAt: string }> };
    return Object.fromEntries(events.filter((e) => e.title === BEIJING || e.title === FORUM).map(({ id, title, version, updatedAt }) => [title, { id, version, updatedAt }]));
  }

  test('an editor dismisses the demo clash by keyboard, both events say so with their versions unchanged, and undo brings it back', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAsAdmin(page, app.baseURL);
    const before = await savedClash(page);
    expect(Object.keys(before)).toHaveLength(2);
    await page.goto(app.baseURL + DECEMBER);
    const clash = page.locator('.clash-entry').filter({ hasText: 'Marco Rubio in two places' });
    const open = clash.getByRole('button', { name: 'Not a clash' });
    await expect(open).toHaveAccessibleDescription('Marco Rubio in two places');
    await open.focus();
    await page.keyboard.press('Enter');
    const reason = page.getByLabel('Why is this not a clash? (optional)');
    await expect(reason).toBeFocused();
    await page.keyboard.type(REASON);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Mark as not a clash' })).toBeFocused();
    await page.screenshot({ path: 'test-results/screenshots/clashes-dismiss-form-1440.png', fullPage: true });
    await expectNoSeriousAxeViolations(page, 'clashes with the dismissal form');
    await page.keyboard.press('Enter');
    const note = page.getByRole('status').filter({ hasText: 'Marked not a clash' });
    await expect(note).toBeFocused();
    await expect(note).toContainText(REASON);
    await expect(page.getByRole('link', { name: BEIJING })).toHaveCount(0);

    // Gone from the list for good, and neither event has changed.
    await page.reload();
    await expect(page.getByText('No clashes in this view')).toBeVisible();
    expect(await savedClash(page)).toEqual(before);

    // Both event pages carry the note, naming the other event; the clash mark is gone from them.
    for (const [title, other] of [[BEIJING, FORUM], [FORUM, BEIJING]]) {
      await page.goto(`${app.baseURL}/events/${before[title].id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const notes = page.locator('.clash-dismissals');
      await expect(notes).toContainText(/marked not a clash by admin@example\.org on \d{1,2} \w{3} \d{4}: “The Kuala Lumpur report/);
      await expect(notes.getByRole('link', { name: other })).toBeVisible();
      await expect(page.locator('.clash-warning')).toHaveCount(0);
    }
    await page.screenshot({ path: 'test-results/screenshots/event-not-a-clash-1440.png', fullPage: true });
    await expectNoSeriousAxeViolations(page, 'event page with a dismissal');

    // Undo on the forum's page: the clash is open again, there and on /clashes.
    await page.locator('.clash-dismissals').getByRole('button', { name: /^Undo/ }).click();
    await expect(page.locator('.clash-warning').getByRole('link', { name: BEIJING })).toBeVisible();
    await expect(page.locator('.clash-dismissals')).toHaveCount(0);
    await page.goto(app.baseURL + DECEMBER);
    await expect(page.locator('.clash-entry').filter({ hasText: 'Marco Rubio in two places' })).toBeVisible();
    expect(await savedClash(page)).toEqual(before);
  });

  test('a reader is not offered the dismissal', async ({ page }) => {
    await page.goto(`${app.baseURL}/sign-in`);
    await page.getByLabel('Email').fill('reader@example.org');
    await page.getByLabel('Password').fill('a long reader password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('reader@example.org (viewer)')).toBeVisible();
    await page.goto(app.baseURL + DECEMBER);
    await expect(page.locator('.clash-entry').filter({ hasText: 'Marco Rubio in two places' })).toBeVisible();
    // The account is known once the header shows it; the action would have appeared by then.
    await expect(page.getByText('reader@example.org (viewer)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Not a clash' })).toHaveCount(0);
  });
});
