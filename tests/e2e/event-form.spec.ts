import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

test.describe('event form', () => {
  test('creates an event, shows it on the timeline, edits it and the feed carries the new version', async ({ page, request }) => {
    await page.goto('/events/new');
    await page.getByLabel('Kind').selectOption('meeting');
    await page.getByLabel('Title').fill('Barrot meets Wang Yi in Paris');
    await page.getByLabel('Start').fill('2026-12-09');
    await page.getByLabel('City').fill('Paris');
    await page.getByLabel('Country (ISO code)').fill('FR');
    await page.getByLabel('Time zone of the place').fill('Europe/Paris');
    await page.getByLabel('Participant 1 name').fill('Jean-Noël Barrot');
    await page.getByLabel('Participant 1 role').fill('Minister for Europe and Foreign Affairs');
    await page.getByLabel('Participant 1 country').fill('FR');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Participant 2 name').fill('Wang Yi');
    await page.getByLabel('Participant 2 country').fill('CN');
    await page.getByRole('button', { name: 'Create event' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Barrot meets Wang Yi in Paris' })).toBeVisible();
    await expect(page.locator('.event-meta')).toContainText('version 1');
    const id = Number(page.url().split('/').pop());

    await page.goto('/?from=2026-12-01&to=2026-12-31&person=wang-yi');
    await expect(page.locator('section.lane[data-lane="wang-yi"]').getByRole('link', { name: /Barrot meets Wang Yi in Paris/ })).toBeVisible();

    await page.goto(`/events/${id}`);
    await page.getByRole('button', { name: 'Edit this event' }).click();
    await page.getByLabel('Title').fill('Barrot meets Wang Yi at the Quai d’Orsay');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Barrot meets Wang Yi at the Quai d’Orsay' })).toBeVisible();
    await expect(page.locator('.event-meta')).toContainText('version 2');
    await expect(page.getByText(/title changed from Barrot meets Wang Yi in Paris to Barrot meets Wang Yi at the Quai d’Orsay/)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/event-detail.png', fullPage: true });

    const feed = await request.get('/feeds/all.ics');
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const vevent = calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`${id}@`));
    expect(vevent).toBeDefined();
    expect(vevent!.getFirstPropertyValue('sequence')).toBe(2);
    expect(String(vevent!.getFirstPropertyValue('description'))).toContain('Wang Yi');
  });

  test('rejects an end before the start on the field, and a reload restores what was typed', async ({ page }) => {
    await page.goto('/events/new');
    await page.getByLabel('Title').fill('Draft that must survive');
    await page.getByLabel('Start').fill('2026-12-10');
    await page.getByLabel('End (last day)').fill('2026-12-05');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.locator('#field-endDate ~ .field-error')).toHaveText('End must not be before start');
    await expect(page.locator('#form-error-summary')).toContainText('End must not be before start');
    await expect(page.locator('#form-error-summary')).toBeFocused();
    await page.screenshot({ path: 'test-results/screenshots/event-form-error.png', fullPage: true });

    await page.reload();
    await expect(page.getByText('Your unsaved changes from earlier were restored.')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue('Draft that must survive');
    await expect(page.getByLabel('End (last day)')).toHaveValue('2026-12-05');
  });

  test('refuses an unknown time zone on its field', async ({ page }) => {
    await page.goto('/events/new');
    await page.getByLabel('Title').fill('Zone check');
    await page.getByLabel('Start').fill('2026-12-11');
    await page.getByLabel('Time zone of the place').fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Create event' }).click();
    await expect(page.locator('#field-timezone ~ .field-error')).toContainText('Unknown time zone');
  });

  test('fills the place’s country and zone, a known person’s office, and suggests a title', async ({ page }) => {
    await page.goto('/events/new');
    await page.getByLabel('Kind').selectOption('meeting');
    await page.getByLabel('City').fill('Pechino');
    await expect(page.getByLabel('City')).toHaveValue('Beijing');
    await expect(page.getByLabel('Country (ISO code)')).toHaveValue('CN');
    await expect(page.getByLabel('Time zone of the place')).toHaveValue('Asia/Shanghai');
    await page.getByLabel('Participant 1 name').fill('Wang Yi');
    await expect(page.getByLabel('Participant 1 role')).toHaveValue('Minister of Foreign Affairs');
    await expect(page.getByLabel('Participant 1 country')).toHaveValue('CN');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await page.getByLabel('Participant 2 name').fill('Mark Rutte');
    await page.getByRole('button', { name: /^Use “Wang meets Rutte in Beijing”$/ }).click();
    await expect(page.getByLabel('Title')).toHaveValue('Wang meets Rutte in Beijing');
    await page.getByLabel('All-day (dates only)').uncheck();
    await page.getByLabel('Start', { exact: true }).fill('2026-12-09');
    await page.getByLabel('Start time').fill('16:00');
    await expect(page.locator('.viewer-time')).toContainText('your time');
    await page.screenshot({ path: 'test-results/screenshots/event-form-filled.png', fullPage: true });
  });
});
