import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

// Issue 16: how certain an event is — edited in the form, marked with a glyph and a word on the
// timeline, the event page and the daybook, filtered, and TENTATIVE in the feed.
test.describe('certainty', () => {
  test('an analyst marks an event expected in the form; every view marks it and the feed makes it tentative', async ({ page, request }) => {
    await page.goto('/events/new');
    await page.getByLabel('Kind').selectOption('meeting');
    await page.getByLabel('Title').fill('Tajani meets Fidan in Ankara');
    await page.getByLabel('Certainty').selectOption('expected');
    await page.getByLabel('Start').fill('2027-02-03');
    await page.getByLabel('City').fill('Ankara');
    await page.getByLabel('Country (ISO code)').fill('TR');
    await page.getByLabel('Time zone of the place').fill('Europe/Istanbul');
    await page.getByLabel('Participant 1 name').fill('Antonio Tajani');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tajani meets Fidan in Ankara' })).toBeVisible();
    await expect(page.locator('.event-meta .certainty')).toHaveText('◔ Expected');
    const id = Number(page.url().split('/').pop());

    await page.goto('/?from=2027-02-01&to=2027-02-07&certainty=expected');
    const item = page.getByRole('link', { name: /Tajani meets Fidan in Ankara.*, expected/ });
    await expect(item).toBeVisible();
    await expect(item.locator('.tl-glyph')).toHaveText('◆○◔');
    await expect(page.getByRole('link', { name: /Rutte/ })).toHaveCount(0);

    await page.goto('/daybook?date=2027-02-03');
    await expect(page.locator('.daybook-event', { hasText: 'Tajani meets Fidan' }).locator('.certainty')).toHaveText('◔ Expected');

    const feed = await (await request.get('/feeds/all.ics')).text();
    const vevent = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`${id}@`));
    expect(vevent!.getFirstPropertyValue('status')).toBe('TENTATIVE');

    await page.goto(`/events/${id}`);
    await page.getByRole('button', { name: 'Edit this event' }).click();
    await page.getByLabel('Certainty').selectOption('confirmed');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('certainty changed from expected to confirmed')).toBeVisible();
    await expect(page.locator('.event-meta .certainty')).toHaveCount(0);
  });

  for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
    test(`the demo's unconfirmed London visit is marked on the timeline, in the form and in the filters at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/?from=2027-01-05&to=2027-01-25');
      await expect(page.getByRole('link', { name: /Friedrich Merz visits London.*, unconfirmed/ }).first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/certainty-timeline-${viewport.width}.png` });
      await page.goto('/?from=2027-01-05&to=2027-01-25&view=agenda');
      await expect(page.locator('.agenda-event', { hasText: 'Friedrich Merz visits London' }).first().locator('.certainty')).toHaveText('? Unconfirmed');
      await page.screenshot({ path: `test-results/screenshots/certainty-agenda-${viewport.width}.png`, fullPage: true });
      await page.goto('/events/new');
      await expect(page.getByLabel('Certainty')).toHaveValue('confirmed');
      await page.screenshot({ path: `test-results/screenshots/certainty-form-${viewport.width}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
});
