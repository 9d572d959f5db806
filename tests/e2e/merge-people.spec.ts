import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';
import { spawnAppOnEmptyDatabase, type SpawnedApp } from './support/spawn-app';

// Issue 15: the same person saved twice is merged from the person page. A second app on its own
// database, so that the merges change nothing the other specs read.
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppOnEmptyDatabase();
});
test.afterAll(async () => {
  await app?.stop();
});

const CASES = [
  { viewport: { width: 1440, height: 900 }, short: { name: 'Peña', slug: 'pena' }, full: { name: 'Santiago Peña', slug: 'santiago-pena' }, country: 'PY', city: 'Asunción', zone: 'America/Asuncion' },
  { viewport: { width: 390, height: 844 }, short: { name: 'Arévalo', slug: 'arevalo' }, full: { name: 'Bernardo Arévalo', slug: 'bernardo-arevalo' }, country: 'GT', city: 'Guatemala City', zone: 'America/Guatemala' },
];

for (const { viewport, short, full, country, city } of CASES) {
  test(`an editor merges ${short.name} into ${full.name} from the person page, with the keyboard, at ${viewport.width} px`, async ({ page }) => {
    const post = async (data: object) => expect((await page.request.post(`${app.baseURL}/api/events`, { data })).status()).toBe(201);
    await post({ kind: 'meeting', title: `${short.name} meets Lula`, start: '2026-11-03', location: { city, country }, participants: [{ name: short.name, role: null, country }, { name: 'Luiz Inácio Lula da Silva', role: 'President', country: 'BR' }] });
    await post({ kind: 'visit', title: `${full.name} in Madrid`, start: '2026-11-10', end: '2026-11-11', location: { city: 'Madrid', country: 'ES' }, participants: [{ name: full.name, role: 'President', country }] });

    await page.setViewportSize(viewport);
    await page.goto(`${app.baseURL}/people/${short.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(short.name);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const field = page.getByLabel('Merge into');
    await expect(field).toBeFocused();

    // A name nobody has is said under the field, and nothing changes.
    await page.keyboard.type('Nobody Of That Name');
    await page.keyboard.press('Enter');
    await expect(page.locator('.merge-person').getByRole('alert')).toContainText('No person called “Nobody Of That Name” is known');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `test-results/screenshots/person-merge-error-${viewport.width}.png` });
    await expectNoSeriousAxeViolations(page, 'merge control with an error');

    await field.fill(full.name);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: `Confirm merging ${short.name} into ${full.name}` });
    await expect(confirm).toContainText(`Merge ${short.name} into ${full.name}?`);
    await expect(confirm).toContainText(`${short.name}’s 1 event and offices move to ${full.name}, who has 1 event`);
    const mergeButton = confirm.getByRole('button', { name: `Merge into ${full.name}` });
    await expect(mergeButton).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/person-merge-confirm-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'merge confirmation');

    // Back keeps what was typed; Escape closes and gives the focus back to the button.
    await confirm.getByRole('button', { name: 'Back' }).click();
    await expect(field).toHaveValue(full.name);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Merge into…' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mergeButton).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`/people/${full.slug}\\?merged=${short.slug}$`));
    await expect(page.getByRole('status')).toContainText(`${short.name} was merged into ${full.name}`);
    await expect(page.getByText(`Also written ${short.name}`)).toBeVisible();
    await expect(page.locator('.itinerary-entry').filter({ hasText: `${short.name} meets Lula` })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/person-merged-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'person page after a merge');

    // The old page and feed lead to the person merged into, for good.
    const oldPage = await page.request.get(`${app.baseURL}/people/${short.slug}`, { maxRedirects: 0 });
    expect([oldPage.status(), oldPage.headers().location]).toEqual([308, `/people/${full.slug}`]);
    const oldFeed = await page.request.get(`${app.baseURL}/feeds/person/${short.slug}.ics`, { maxRedirects: 0 });
    expect(oldFeed.status()).toBe(301);
    expect(oldFeed.headers().location).toMatch(new RegExp(`/feeds/person/${full.slug}\\.ics$`));
    await page.goto(`${app.baseURL}/people/${short.slug}`);
    await expect(page).toHaveURL(new RegExp(`/people/${full.slug}$`));

    // "What changed" lists the merge, with both names linked, and the event it changed.
    await page.goto(`${app.baseURL}/changes`);
    const merges = page.getByRole('region', { name: 'People merged' });
    const entry = merges.getByRole('listitem').filter({ hasText: `${short.name} merged into ${full.name}` });
    await expect(entry).toContainText('1 event changed');
    await expect(entry.getByRole('link', { name: full.name })).toHaveAttribute('href', `/people/${full.slug}`);
    await expect(page.locator('ol.changes ul li').filter({ hasText: `participants changed from ${short.name}, Luiz Inácio Lula da Silva to ${full.name}, Luiz Inácio Lula da Silva` })).toContainText(`${short.name} merged into ${full.name} (the same person)`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screenshots/changes-merge-${viewport.width}.png`, fullPage: true });
    await expectNoSeriousAxeViolations(page, 'changes with a merge');
  });
}
