import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations } from './support/axe';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { spawnAppOnEmptyDatabase, type SpawnedApp } from './support/spawn-app';

const SEED = readFileSync(join(process.cwd(), '..', 'shared', 'seeds', '000_b8096001e4abbe8a.txt'), 'utf8');
const ENGLISH = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'articles', 'rutte-washington-en.txt'), 'utf8');

let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppOnEmptyDatabase();
});
test.afterAll(async () => {
  await app.stop();
});

async function pasteArticle(page: Page, text: string, published: string, url: string) {
  await page.goto(`${app.baseURL}/ingest`);
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Source URL').fill(url);
  await page.getByLabel('Published on').fill(published);
  await page.getByRole('button', { name: 'Extract events' }).click();
}

test('from the seed article to the timeline and the feed, then a second report merges into the same events', async ({ page, request }) => {
  await pasteArticle(page, SEED, '2026-04-03', 'https://www.primanotizia24.it/rutte-washington');
  const cards = page.locator('article.draft-card');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0).getByLabel('Title')).toHaveValue(/Rutte/);
  await expect(cards.nth(0)).toContainText('visit');
  for (const name of ['Donald Trump', 'Marco Rubio', 'Pete Hegseth']) await expect(page.locator('article.draft-card', { hasText: name })).toHaveCount(1);

  // The seed is Markdown: its marks are not shown, while the words keep their places (issue 14, item 10).
  const shown = await page.locator('.article-text').evaluate((el: HTMLElement) => el.innerText);
  expect(shown).toContain('Esteri - Rutte vola a Washington');
  expect(shown).not.toContain('**');
  expect(shown).not.toContain('## ');
  // Focusing a draft marks its evidence in the article.
  await cards.nth(1).focus();
  await expect(page.locator('.article-text mark').first()).toContainText(/Trump|8 aprile/);
  // A participant links to the sentence that names them.
  await cards.nth(3).getByRole('button', { name: 'Pete Hegseth', exact: true }).click();
  await expect(page.locator('.article-text mark')).toContainText('Hegseth');
  await page.screenshot({ path: 'test-results/screenshots/ingest-review.png', fullPage: true });

  await page.getByRole('button', { name: 'Save 4 new events' }).click();
  await expect(page).toHaveURL(/from=2026-04-08&to=2026-04-12/);
  const lane = page.locator('section.lane[data-lane="mark-rutte"]');
  await expect(lane.getByRole('link', { name: /Rutte/ }).first()).toBeVisible();
  // The timeline says what was saved (issue 14, item 6), each saved event one click from its details.
  const notice = page.getByRole('status', { name: 'What was saved' });
  await expect(notice).toContainText('Saved 4 new events.');
  await expect(notice.getByRole('listitem')).toHaveCount(4);
  await page.screenshot({ path: 'test-results/screenshots/timeline-after-save.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(notice).toBeInViewport();
  const box = (await notice.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/timeline-after-save-390.png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await notice.getByRole('button', { name: /Rutte meets Hegseth|Rutte.*Hegseth/ }).click();
  await expect(page).toHaveURL(/sel=\d+/);
  await expect(page.locator('.tl-panel')).toContainText('Pete Hegseth');
  await page.reload();
  await expect(page.getByRole('status', { name: 'What was saved' })).toHaveCount(0);

  const feed = await request.get(`${app.baseURL}/feeds/all.ics?past=3650`);
  const vevents = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(4);

  // The same visit reported in English is offered as a duplicate and merged.
  await pasteArticle(page, ENGLISH, '2026-04-04', 'https://wire.example.com/rutte-dc');
  await expect(cards).toHaveCount(4);
  for (let i = 0; i < 4; i++) {
    await expect(cards.nth(i).getByRole('group', { name: 'Possible duplicates' })).toBeVisible();
    await expect(cards.nth(i).getByRole('radio', { name: 'Merge into a saved event' })).toBeChecked();
  }
  await page.screenshot({ path: 'test-results/screenshots/ingest-duplicates.png', fullPage: true });
  // The button says what it does: four merges, not "4 events" (issue 14, item 10).
  await page.getByRole('button', { name: 'Save 4 merges into saved events' }).click();
  await expect(page).toHaveURL(/from=2026-04-08/);
  await expect(page.getByRole('status', { name: 'What was saved' })).toContainText('Saved 4 merges into saved events.');

  const { events } = (await (await request.get(`${app.baseURL}/api/events?from=2026-04-01&to=2026-04-30`)).json()) as { events: Array<{ kind: string; sources: Array<{ url: string }>; version: number }> };
  expect(events).toHaveLength(4);
  const visit = events.find((e) => e.kind === 'visit')!;
  expect(visit.sources.map((s) => s.url).sort()).toEqual(['https://wire.example.com/rutte-dc', 'https://www.primanotizia24.it/rutte-washington']);
  expect(visit.version).toBe(2);
});

test('refuses to extract an empty article and explains a bad file', async ({ page }) => {
  await page.goto(`${app.baseURL}/ingest`);
  await expect(page.getByRole('button', { name: 'Extract events' })).toBeDisabled();
  await page.getByLabel('Article text').fill('An opinion piece with no dated events, only musings about summitry in general.');
  await page.getByRole('button', { name: 'Extract events' }).click();
  await expect(page.getByText('No dated event with a named participant was found in this article.')).toBeVisible();
});

test('article text is shown as text: markup in a pasted report never runs', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const hostile = 'Mark Rutte <img src=x onerror="alert(1)"> will meet Donald Trump in Washington on 8 April 2026. <script>alert(2)</script>';
  await pasteArticle(page, hostile, '2026-04-03', '');
  await expect(page.locator('.article-text')).toContainText('<script>alert(2)</script>');
  expect(await page.locator('.article-text img, .article-text script').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('a draft can be detached from its visit and attached again, and gain a participant, before saving (issue 14, item 10)', async ({ page, request }) => {
  const text = 'BERLIN, Dec 1 (Wire) - French President Emmanuel Macron will visit Berlin on Monday, December 7. On Monday at 18:00 he will meet Chancellor Friedrich Merz at the Chancellery.';
  await pasteArticle(page, text, '2026-12-01', 'https://wire.example.com/macron-berlin');
  const cards = page.locator('article.draft-card');
  await expect(cards).toHaveCount(2);
  const meeting = cards.filter({ hasText: 'Friedrich Merz' });
  // A timed start is shown whole, offset included, not cut off by its field.
  const start = meeting.getByRole('textbox', { name: / start$/ });
  await expect(start).toHaveValue('2026-12-07T18:00:00+01:00');
  expect(await start.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
  const partOf = meeting.getByRole('combobox', { name: /part of$/ });
  await expect(partOf.locator('option:checked')).toHaveText(/Macron visits Berlin/);
  await expect(meeting.locator('header')).toContainText('part of “');

  await partOf.selectOption({ label: '(nothing: stands alone)' });
  await expect(meeting.locator('header')).not.toContainText('part of');
  await partOf.selectOption({ label: (await cards.first().getByLabel('Title').inputValue()) });
  await expect(meeting.locator('header')).toContainText('part of “');

  const add = meeting.getByRole('textbox', { name: /add a participant$/ });
  await add.fill('Jean-Noël Barrot');
  await add.press('Enter');
  await expect(meeting.getByRole('list', { name: 'Participants' })).toContainText('Jean-Noël Barrot');
  await expect(add).toHaveValue('');
  // The same name again is not added twice.
  await add.fill('jean-noël barrot');
  await meeting.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(meeting.getByRole('list', { name: 'Participants' }).getByRole('listitem').filter({ hasText: /Barrot/i })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/ingest-attach-and-add.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/ingest-attach-and-add-390.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'Save 2 new events' }).click();
  await expect(page).toHaveURL(/from=2026-12-07/);
  const { events } = (await (await request.get(`${app.baseURL}/api/events?from=2026-12-07&to=2026-12-07`)).json()) as { events: Array<{ id: number; kind: string; parentId: number | null; participants: Array<{ name: string }> }> };
  const visit = events.find((e) => e.kind === 'visit')!;
  const saved = events.find((e) => e.kind === 'meeting')!;
  expect(saved.parentId).toBe(visit.id);
  expect(saved.participants.map((p) => p.name)).toContain('Jean-Noël Barrot');
});

test('a name that looks like a saved person spelt another way is offered their name; saved names link to their pages (issue 15)', async ({ page, request }) => {
  const saved = await request.post(`${app.baseURL}/api/events`, {
    data: { kind: 'meeting', title: 'Santiago Peña meets Pedro Sánchez', start: '2026-10-05', location: { city: 'Madrid', country: 'ES' }, participants: [{ name: 'Santiago Peña', role: 'President', country: 'PY' }, { name: 'Pedro Sánchez', role: 'President of the Government', country: 'ES' }] },
  });
  expect(saved.status()).toBe(201);
  await pasteArticle(page, 'MADRID, Nov 20 (Wire) - Spanish Prime Minister Pedro Sánchez will visit Asunción on Monday, November 30.', '2026-11-20', 'https://wire.example.com/sanchez-asuncion');
  const card = page.locator('article.draft-card', { hasText: 'Pedro Sánchez' });
  await expect(card).toHaveCount(1);
  const people = card.getByRole('list', { name: 'Participants' });
  // A saved person, the country they speak for: each links to its page.
  await expect(people.getByRole('link', { name: 'Pedro Sánchez' })).toHaveAttribute('href', '/people/pedro-sanchez');
  await expect(people.getByRole('link', { name: 'Spain' })).toHaveAttribute('href', '/countries/ES');

  // A surname alone, borne by one saved person: the card asks, and nothing is linked yet.
  const add = card.getByRole('textbox', { name: /add a participant$/ });
  await add.fill('Peña');
  await add.press('Enter');
  const note = people.getByRole('group', { name: 'Peña: a saved person?' });
  await expect(note).toContainText('Saved as Santiago Peña?');
  await expect(note.getByRole('link', { name: 'Santiago Peña' })).toHaveAttribute('href', '/people/santiago-pena');
  await expect(people.getByRole('button', { name: 'Peña', exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/ingest-name-suggestion.png', fullPage: true });
  await expectNoSeriousAxeViolations(page, 'ingest card with a name suggestion');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/ingest-name-suggestion-390.png', fullPage: true });
  await expectNoSeriousAxeViolations(page, 'ingest card with a name suggestion at 390 px');
  await page.setViewportSize({ width: 1280, height: 720 });

  await note.getByRole('button', { name: /^Use this name/ }).click();
  await expect(people.getByRole('group', { name: /a saved person\?$/ })).toHaveCount(0);
  await expect(people.getByRole('link', { name: 'Santiago Peña' })).toHaveAttribute('href', '/people/santiago-pena');
  await expect(people.getByRole('button', { name: 'Remove Peña', exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Save 1 new event' }).click();
  await expect(page).toHaveURL(/from=/);
  const { events } = (await (await request.get(`${app.baseURL}/api/events?from=2026-11-01&to=2026-12-31&person=santiago-pena`)).json()) as { events: Array<{ title: string; participants: Array<{ name: string; slug: string }> }> };
  const visit = events.find((e) => e.title.includes('Asunción'))!;
  expect(visit.participants.map((p) => p.name).sort()).toEqual(['Pedro Sánchez', 'Santiago Peña']);
  expect((await request.get(`${app.baseURL}/api/people/pena`)).status()).toBe(404);
});
