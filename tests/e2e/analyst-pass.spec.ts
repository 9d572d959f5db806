import { expect, test } from '@playwright/test';
import { spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 14 (the analyst's pass) and issue 13, item 5: what a new user tripped over.
const APRIL = '/?from=2026-04-01&to=2026-04-30';

async function findEventId(page: import('@playwright/test').Page, title: string): Promise<number> {
  const response = await page.request.get('/api/events?from=2026-04-01&to=2026-04-30');
  const { events } = (await response.json()) as { events: Array<{ id: number; title: string }> };
  const found = events.find((e) => e.title === title);
  expect(found, title).toBeTruthy();
  return found!.id;
}

test.describe('an event page names its visit and its meetings by title (item 9)', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`a visit lists its meetings and a meeting links back to its visit, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const visitId = await findEventId(page, 'Mark Rutte visits Washington');
      await page.goto(`/events/${visitId}`);
      const parts = page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'Rutte meets Trump' }) });
      await expect(parts.getByRole('link')).toHaveText(['Rutte meets Trump', 'Rutte meets Rubio', 'Rutte meets Hegseth']);
      await expect(page.getByText(/event \d+/)).toHaveCount(0);
      await page.screenshot({ path: `test-results/screenshots/event-visit-${viewport.width}.png`, fullPage: true });
      await expectNoSeriousAxeViolations(page, 'visit page');

      await parts.getByRole('link', { name: 'Rutte meets Rubio' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Rutte meets Rubio' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Mark Rutte visits Washington' })).toBeVisible();
      await expect(page.getByText(/event \d+/)).toHaveCount(0);
    });
  }
});

test('the keyboard reaches the first event in a few presses through the skip links (item 12)', async ({ page }) => {
  await page.goto(APRIL);
  await expect(page.locator('.tl-body [data-event-id]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const toContent = page.getByRole('link', { name: 'Skip to content' });
  await expect(toContent).toBeFocused();
  await expect(toContent).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const toEvents = page.getByRole('link', { name: 'Skip to the events' });
  await expect(toEvents).toBeFocused();
  await expect(toEvents).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/timeline-skip-link.png' });
  await page.keyboard.press('Enter');
  // The lanes' own tab stop (arrow keys pan there), then their first event.
  await page.keyboard.press('Tab');
  await expect(page.locator('.tl-body')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', /\d+/);
  await expect(page.locator('p.count')).toHaveText(/^\d+ events? from 2026-04-01 to 2026-04-30/);
});

test('grouped by organisation, events with none are drawn in a lane of their own (item 7)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1600 });
  await page.goto(`${APRIL}&group=org`);
  const response = await page.request.get('/api/events?from=2026-04-01&to=2026-04-30');
  const { events } = (await response.json()) as { events: Array<{ id: number; participants: Array<{ organization: string | null }> }> };
  const withoutOrg = events.filter((e) => e.participants.every((p) => !p.organization));
  expect(withoutOrg.length).toBeGreaterThan(0);
  const other = page.locator('section.lane').filter({ has: page.getByRole('heading', { name: 'No organisation' }) });
  await expect(other).toBeVisible();
  const drawn = new Set(await page.locator('.tl-body [data-event-id]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-event-id')))));
  for (const event of events) expect(drawn.has(event.id), `event ${event.id} is drawn`).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/timeline-by-org.png' });
});

test('lanes with no events in the range are hidden until asked for (item 6)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // One day of April: the month's other people have events, but not on this day.
  await page.goto('/?from=2026-04-09&to=2026-04-09');
  const lanes = page.locator('section.lane');
  await expect(lanes.first()).toBeVisible();
  const show = page.getByRole('button', { name: /^Show \d+ more lanes? with events outside this range$/ });
  await expect(show).toBeVisible();
  const hidden = Number((await show.textContent())!.match(/\d+/)![0]);
  const drawn = await lanes.count();
  // Every lane drawn has an event on the day.
  for (let i = 0; i < drawn; i++) await expect(lanes.nth(i).locator('[data-event-id]').first()).toBeAttached();
  await page.screenshot({ path: 'test-results/screenshots/timeline-lanes-hidden.png' });
  await show.click();
  await expect(page).toHaveURL(/lanes=all/);
  await expect(lanes).toHaveCount(drawn + hidden);
  await page.getByRole('button', { name: /^Hide \d+ lanes? with no events in this range$/ }).click();
  await expect(lanes).toHaveCount(drawn);
});

test.describe('filters take names in any of the five languages, with suggestions (item 4)', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`person, country and organisation by name, slugs and codes in the URL, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(APRIL);
      const toggle = page.getByRole('button', { name: /^Filters/ });
      if (viewport.width < 480) {
        // On a phone the filters fold away: the events come first, the filters one tap away.
        await expect(page.getByLabel('Person', { exact: true })).toBeHidden();
        await expect(page.locator('p.count')).toBeInViewport();
        await toggle.click();
        await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
      } else await expect(toggle).toBeHidden();
      const person = page.getByLabel('Person', { exact: true });
      await person.fill('Mark Ru');
      // The suggestions come from saved people (the datalist the browser shows under the field).
      const listId = await person.getAttribute('list');
      await expect(page.locator(`datalist[id="${listId}"] option[value="Mark Rutte"]`)).toBeAttached();
      await person.fill('Mark Rutte');
      await page.getByLabel('Country', { exact: true }).fill('Stati Uniti');
      await page.getByLabel('Organisation', { exact: true }).fill('NATO');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page).toHaveURL(/person=mark-rutte/);
      const url = new URL(page.url());
      expect(url.searchParams.get('country')).toBe('US');
      expect(url.searchParams.get('org')).toBe('nato');
      await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/filters-by-name-${viewport.width}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      if (viewport.width < 480) {
        // The folded button says how many filters are set; the form opens again on a tap.
        await expect(page.getByRole('button', { name: 'Filters (3 set)' })).toBeVisible();
        await page.getByRole('button', { name: 'Filters (3 set)' }).click();
      }

      // A name nobody has: the field says so, keeps what was typed, and the view stays as it was.
      const before = page.url();
      await person.fill('Nobody Knownperson');
      await page.getByRole('button', { name: 'Apply' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'No person called “Nobody Knownperson” is known' })).toBeVisible();
      await expect(person).toHaveValue('Nobody Knownperson');
      await expect(person).toHaveAttribute('aria-invalid', 'true');
      expect(page.url()).toBe(before);
      await page.screenshot({ path: `test-results/screenshots/filters-unknown-name-${viewport.width}.png` });
      await expectNoSeriousAxeViolations(page, 'timeline filters by name');
    });
  }
});

test('a search says how many matches lie outside the dates on screen, and shows them all in one click (item 5)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?from=2026-11-01&to=2026-11-30&q=Rutte');
  const note = page.locator('p.count');
  await expect(note).toContainText(/\d+ more match(es)? for “Rutte” outside these dates/);
  await page.screenshot({ path: 'test-results/screenshots/search-outside-range-1440.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/search-outside-range-390.png', fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: /^Show all matches \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\)$/ }).click();
  await expect(page).toHaveURL(/q=Rutte/);
  const url = new URL(page.url());
  expect(url.searchParams.get('from')! <= '2026-04-08').toBe(true);
  await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();
  await expect(note).not.toContainText('outside these dates');
  // Back returns to the range the search was made in.
  await page.goBack();
  await expect(page).toHaveURL(/from=2026-11-01&to=2026-11-30/);
});

test('printed, the agenda says what it shows: the days and the filters (item 13)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${APRIL}&view=agenda&person=mark-rutte`);
  await expect(page.locator('.agenda')).toBeVisible();
  const title = page.locator('.print-title');
  await expect(title).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(title).toBeVisible();
  await expect(title).toHaveText('Agenda, 1 Apr 2026 – 30 Apr 2026 — mark-rutte');
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await expect(page.locator('form.filters')).toBeHidden();
  await page.screenshot({ path: 'test-results/screenshots/agenda-print.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('printed, the timeline gives every event of the view as a list, no lane cut off (item 13)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(APRIL);
  await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();
  const { events } = (await (await page.request.get('/api/events?from=2026-04-01&to=2026-04-30')).json()) as { events: Array<{ title: string }> };
  expect(events.length).toBeGreaterThan(3);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const list = page.locator('.agenda');
  await expect(list).toBeVisible();
  for (const { title } of events) await expect(list.getByRole('link', { name: title, exact: true }).first()).toBeAttached();
  await expect(page.locator('.print-title')).toHaveText('Timeline, 1 Apr 2026 – 30 Apr 2026');
  await page.screenshot({ path: 'test-results/screenshots/timeline-print.png', fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();
});

test('participant fields on the event form are labelled on screen and a long role is not cut (item 13)', async ({ page }) => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/events/new');
    const row = page.locator('.participant').first();
    for (const label of ['Name', 'Role', 'Organisation', 'Country']) await expect(row.getByText(label, { exact: true })).toBeVisible();
    const role = page.getByLabel('Participant 1 role');
    await role.fill('Minister for Europe and Foreign Affairs');
    const cut = await role.evaluate((input: HTMLInputElement) => input.scrollWidth > input.clientWidth);
    expect(cut, `the role is cut at ${viewport.width} px`).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/event-form-participants-${viewport.width}.png`, fullPage: true });
  }
});

test.describe('deleting an account (issue 13, item 5)', () => {
  let app: SpawnedApp;
  test.beforeAll(async () => {
    app = await spawnAppWithAdmin();
  });
  test.afterAll(async () => {
    await app.stop();
  });

  test('an admin deletes another account after confirming; their own has no way to go', async ({ page }) => {
    await signInAsAdmin(page, app.baseURL);
    await page.goto(`${app.baseURL}/admin`);
    const addUser = page.getByRole('form', { name: 'Add a user' });
    await addUser.getByLabel('Email').fill('leaver@example.org');
    await addUser.getByLabel('Password').fill('a long enough password');
    await addUser.getByRole('button', { name: 'Add user' }).click();
    const row = page.getByRole('row').filter({ hasText: 'leaver@example.org' });
    await expect(row).toBeVisible();

    page.once('dialog', (dialog) => void dialog.dismiss());
    await row.getByRole('button', { name: 'Delete the account of leaver@example.org' }).click();
    await expect(row).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Delete the account of leaver@example.org' }).click();
    await expect(row).toHaveCount(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete the account of admin@example.org' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'You cannot delete your own account' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'admin@example.org' })).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'admin');
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.screenshot({ path: `test-results/screenshots/admin-users-${width}.png`, fullPage: true });
      // The added Delete column does not push the page sideways on a phone (item 3).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});
