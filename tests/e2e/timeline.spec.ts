import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoSeriousAxeViolations } from './support/axe';

const APRIL = '/?from=2026-04-01&to=2026-04-30';

test.describe('timeline', () => {
  test('shows the seed visit as a bar in Mark Rutte’s lane with its three meetings inside it on 8 April', async ({ page }) => {
    await page.goto(APRIL);
    const lane = page.locator('section.lane[data-lane="mark-rutte"]');
    await expect(lane.getByRole('heading', { name: 'Mark Rutte' })).toBeVisible();
    const visit = lane.getByRole('link', { name: /^Mark Rutte visits Washington/ });
    await expect(visit).toBeVisible();
    await expect(visit).toHaveAccessibleName(/visit, 8 Apr 2026 to 12 Apr 2026/);
    const meetings = lane.getByRole('list', { name: 'Inside Mark Rutte visits Washington' }).getByRole('link');
    await expect(meetings).toHaveCount(3);
    const names = await meetings.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(names.map((n) => n.split(' — ')[0])).toEqual(['Rutte meets Trump', 'Rutte meets Rubio', 'Rutte meets Hegseth']);
    for (const name of names) expect(name).toContain('meeting, 8 Apr 2026');

    // Drawn on the axis: the visit's bar starts where the meetings do (8 April) and spans five days.
    const visitBox = (await visit.boundingBox())!;
    const visitBar = (await visit.locator('.tl-fill').boundingBox())!;
    const days = await page.locator('.tl-axis .tl-tick').evaluateAll((ticks) => ticks.length);
    expect(days).toBeGreaterThan(5);
    for (const meeting of await meetings.all()) {
      const box = (await meeting.boundingBox())!;
      expect(Math.abs(box.x - visitBox.x)).toBeLessThan(3);
      expect(box.y).toBeGreaterThan(visitBox.y);
    }
    const dayWidth = (await page.locator('.tl-axis').boundingBox())!.width / 30;
    expect(visitBar.width / dayWidth).toBeGreaterThan(4.5);
    expect(visitBar.width / dayWidth).toBeLessThan(5.5);
    await page.screenshot({ path: 'test-results/screenshots/timeline-april.png' });
    await expectNoSeriousAxeViolations(page, 'timeline');
  });

  test('filters by country through the form, and the URL reproduces the view after a reload', async ({ page }) => {
    await page.goto(APRIL);
    await page.getByLabel('Country', { exact: true }).fill('US');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/country=US/);
    await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();

    await page.getByLabel('Country', { exact: true }).fill('FR');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/country=FR/);
    // France's own delegation (Macron in Seoul) stays; the Washington visit goes (events that clash
    // with it may still name it in their clash mark, hence the anchored name).
    await expect(page.getByRole('link', { name: /^Emmanuel Macron visits Seoul/ }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ })).toHaveCount(0);

    await page.reload();
    await expect(page.getByLabel('Country', { exact: true })).toHaveValue('FR');
    await expect(page.getByRole('link', { name: /^Emmanuel Macron visits Seoul/ }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ })).toHaveCount(0);
  });

  test('zoom and pan live in the URL: buttons, keys and a reload keep the same range', async ({ page }) => {
    await page.goto(APRIL);
    await expect(page.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Week' }).click();
    await expect(page).toHaveURL(/from=2026-04-1\d&to=2026-04-\d\d/);
    await expect(page.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');
    const weekUrl = page.url();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Week' })).toHaveAttribute('aria-pressed', 'true');
    expect(page.url()).toBe(weekUrl);

    // Keyboard: focus the lanes, Shift+→ pans later, − zooms out.
    const from = new URL(page.url()).searchParams.get('from')!;
    await page.locator('.tl-body').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
    expect(new URL(page.url()).searchParams.get('from')! > from).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    await expect(page.getByRole('button', { name: 'Quarter' })).toHaveAttribute('aria-pressed', 'true');

    // Jump to a date keeps the zoom and centres the date; Year shows the whole year's axis.
    await page.getByLabel('Go to date').fill('2026-12-09');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await expect.poll(() => {
      const params = new URL(page.url()).searchParams;
      return params.get('from')! < '2026-12-09' && params.get('to')! > '2026-12-09';
    }).toBe(true);
    await page.getByRole('button', { name: 'Year' }).click();
    await expect(page.locator('.tl-axis .tl-tick')).toContainText(['Jan']);
    await expect(page.locator('.count')).toContainText('events from');
    await page.screenshot({ path: 'test-results/screenshots/timeline-year.png' });

    // Drag pans: the range moves earlier when dragging to the right.
    await page.getByRole('button', { name: 'Month' }).click();
    await expect(page).toHaveURL(/from=2026-1[12]-/);
    const before = new URL(page.url()).searchParams.get('from')!;
    const body = (await page.locator('.tl-body').boundingBox())!;
    await page.mouse.move(body.x + 600, body.y + body.height - 30);
    await page.mouse.down();
    for (let i = 0; i < 10; i++) await page.mouse.move(body.x + 600 + i * 40, body.y + body.height - 30);
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')! < before).toBe(true);
  });

  test('every zoom level draws at its true size once a wheel zoom settles, with a screenshot of each', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(APRIL);
    await page.getByLabel('Go to date').fill('2026-04-08');
    const scaled = page.locator('.lane-items[style*="scale"], .tl-axis-plane[style*="scale"]');
    for (const level of ['Day', 'Week', 'Month', 'Quarter', 'Year'] as const) {
      await page.getByRole('button', { name: level, exact: true }).click();
      await page.getByRole('button', { name: 'Go', exact: true }).click();
      await expect(page.getByRole('button', { name: level, exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('.tl-item').first()).toBeVisible();
      await expect(scaled).toHaveCount(0);
      await page.screenshot({ path: `test-results/screenshots/timeline-zoom-${level.toLowerCase()}.png` });
    }
    // Ctrl+wheel: the steps scale the drawn layers; once they stop, the lanes are drawn anew.
    await page.getByRole('button', { name: 'Quarter', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Quarter', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const body = (await page.locator('.tl-body').boundingBox())!;
    await page.mouse.move(body.x + body.width / 2, body.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect(scaled).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('section.lane[data-lane="mark-rutte"]').getByRole('link', { name: /^Mark Rutte visits Washington/ })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/timeline-zoom-wheel.png' });
    await expectNoSeriousAxeViolations(page, 'zoom levels');
  });

  test('groups by country on request and keeps the grouping in the URL', async ({ page }) => {
    await page.goto(`${APRIL}&group=country`);
    await expect(page.getByLabel('Group by')).toHaveValue('country');
    await expect(page.locator('section.lane[data-lane="US"]').getByRole('heading', { name: 'United States' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/timeline-by-country.png' });
  });

  test('says which URL parameters it could not read instead of ignoring them silently', async ({ page }) => {
    await page.goto('/?from=yesterday&kind=party&sel=abc');
    const alert = page.getByRole('alert').filter({ hasText: 'not understood' });
    await expect(alert).toContainText('from: from must be a date');
    await expect(alert).toContainText('kind must be one of');
    await expect(alert).toContainText('sel must be an event id');
    // The rest of the view still works.
    await expect(page.locator('.tl-canvas')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/timeline-bad-params.png' });
  });

  test('a keyboard user reaches the seed visit, moves between events with arrows, opens details with Enter and closes them with Escape', async ({ page }) => {
    await page.goto('/?from=2026-04-01&to=2026-04-30&person=mark-rutte');
    const visit = page.getByRole('link', { name: /^Mark Rutte visits Washington/ });
    for (let i = 0; i < 100 && !(await visit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(visit).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('link', { name: /^Rutte meets Trump/ })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(visit).toBeFocused();
    await page.keyboard.press('Enter');

    const panel = page.getByRole('dialog', { name: 'Mark Rutte visits Washington' });
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/sel=\d+/);
    await expect(panel.getByText('Secretary General, NATO')).toBeVisible();
    await expect(panel.getByText('Washington, United States')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Rutte meets Rubio' })).toBeVisible();
    await expect(panel.locator('blockquote').first()).toContainText('Rutte');
    await expect(panel.getByRole('link', { name: 'Edit this event' })).toHaveAttribute('href', /\/events\/\d+\/edit$/);
    await expect(panel.getByText(/Version 1/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/timeline-details.png' });
    await expectNoSeriousAxeViolations(page, 'details panel');

    // A meeting's panel names its visit and the sibling meetings.
    await panel.getByRole('button', { name: 'Rutte meets Rubio' }).click();
    const meeting = page.getByRole('dialog', { name: 'Rutte meets Rubio' });
    await expect(meeting.getByRole('button', { name: /Mark Rutte visits Washington/ })).toBeVisible();
    await expect(meeting.getByRole('button', { name: 'Rutte meets Trump' })).toBeVisible();
    await expect(meeting.getByText('Secretary of State')).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/sel=/);

    // The URL with sel= opens the same panel after a reload.
    await page.goto('/?from=2026-04-01&to=2026-04-30&person=mark-rutte');
    await page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).click();
    await page.reload();
    await expect(page.getByRole('dialog', { name: 'Mark Rutte visits Washington' })).toBeVisible();
  });

  test('the agenda lists the same events by day and the subscribed feed holds them and rolls on past the view', async ({ page, request }) => {
    const view = '/?from=2026-04-01&to=2026-06-30&country=US';
    await page.goto(view);
    await page.getByRole('button', { name: 'Agenda' }).click();
    await expect(page).toHaveURL(/view=agenda/);
    await expect(page.getByRole('heading', { name: 'Wednesday, 8 April 2026' })).toBeVisible();
    const day = page.getByRole('region', { name: 'Wednesday, 8 April 2026' });
    await expect(day.getByRole('link', { name: 'Rutte meets Trump' })).toBeVisible();
    await expect(day.getByRole('link', { name: 'Mark Rutte visits Washington' })).toBeVisible();
    const shown = await page.locator('.agenda [data-event-id]').evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-event-id'))));
    expect(shown.length).toBeGreaterThan(3);
    await expect(page.locator('.count')).toContainText(`${shown.length} events from 2026-04-01 to 2026-06-30`);
    await page.screenshot({ path: 'test-results/screenshots/agenda.png', fullPage: true });
    await expectNoSeriousAxeViolations(page, 'agenda');

    await page.getByText('Subscribe to this view').click();
    const https = await page.getByRole('link', { name: 'Feed address (https)' }).getAttribute('href');
    // No from/to: a subscription must not stop at the view's last day; `past` reaches back to its first.
    expect(https).toMatch(/\/feeds\/view\.ics\?country=US&past=\d+$/);
    const webcal = await page.getByRole('link', { name: /webcal/ }).getAttribute('href');
    expect(webcal).toBe(https!.replace(/^http:/, 'webcal:'));
    await expect(page.getByRole('link', { name: 'Add to Google Calendar' })).toHaveAttribute('href', `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal!)}`);
    await expect(page.getByRole('button', { name: 'Copy the feed address' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/subscribe.png' });

    const feed = await request.get(https!);
    expect(feed.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const vevents = calendar.getAllSubcomponents('vevent');
    const inFeed = vevents.map((v) => Number(String(v.getFirstPropertyValue('uid')).split('@')[0]));
    expect(inFeed).toEqual(expect.arrayContaining(shown));
    const laterStarts = vevents.filter((_, i) => !shown.includes(inFeed[i])).map((v) => String(v.getFirstPropertyValue('dtstart')).slice(0, 10));
    expect(laterStarts.every((start) => start > '2026-06-30')).toBe(true);

    // The timeline for the same URL holds the same events (its data, not just the DOM in view).
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect(page.locator('.count')).toContainText(`${shown.length} events`);
  });

  // Issue 15: both events of the demo's clash carry a mark, and the details name the other event.
  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`marks both events of the demo clash, Rubio in Beijing and in Kuala Lumpur, at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto('/?from=2026-12-01&to=2026-12-31&person=marco-rubio');
      const lane = page.locator('section.lane[data-lane="marco-rubio"]');
      const visit = lane.getByRole('link', { name: /^Marco Rubio visits Beijing/ });
      const forum = lane.getByRole('link', { name: /^ASEAN Regional Forum in Kuala Lumpur/ });
      await expect(visit).toHaveAccessibleName(/Clashes with ASEAN Regional Forum in Kuala Lumpur \(Marco Rubio\)$/);
      await expect(forum).toHaveAccessibleName(/Clashes with Marco Rubio visits Beijing \(Marco Rubio\)$/);
      await expect(visit.locator('.tl-clash')).toBeVisible();
      await expect(forum.locator('.tl-clash')).toBeVisible();
      // Events of no clash carry none: the visit's meetings are said by the visit.
      await expect(lane.locator('.tl-clash')).toHaveCount(2);
      await page.screenshot({ path: `test-results/screenshots/timeline-clash-${viewport.width}.png` });
      // Marks come per month held, never per event.
      expect(requests.filter((path) => path.startsWith('/api/events/'))).toEqual([]);
      expect(requests.filter((path) => path === '/api/clashes/marks').length).toBeLessThanOrEqual(requests.filter((path) => path === '/api/events').length);

      await forum.click();
      const panel = page.getByRole('dialog', { name: 'ASEAN Regional Forum in Kuala Lumpur' });
      await expect(panel.locator('.clash-warning').getByRole('link', { name: 'Marco Rubio visits Beijing' })).toHaveAttribute('href', /\/events\/\d+$/);
      // On a phone the panel goes under the lanes rather than past the screen's edge.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `test-results/screenshots/timeline-clash-details-${viewport.width}.png`, fullPage: true });
      await expectNoSeriousAxeViolations(page, `timeline with clash marks at ${viewport.width} px`);
    });
  }
});
