import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

// The screenshots the README shows and `tests/e2e/screenshots/` keeps (issue 14): the timeline, an
// event, /ingest with drafts and /feeds, at desk and phone sizes. `npm run screenshots` writes them
// there; an ordinary test run checks the same pages (width, axe) and writes its pictures under test-results/.
const OUT = process.env.UPDATE_SCREENSHOTS ? join('tests', 'e2e', 'screenshots') : join('test-results', 'screenshots', 'readme');
const SEED = readFileSync(join(process.cwd(), '..', 'shared', 'seeds', '000_b8096001e4abbe8a.txt'), 'utf8');
const VIEWPORTS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
];

async function shoot(page: Page, name: string, viewport: (typeof VIEWPORTS)[number]) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} fits ${viewport.width} px`).toBeLessThanOrEqual(viewport.width);
  await page.screenshot({ path: join(OUT, `${name}-${viewport.name}.png`), fullPage: viewport.width < 480 });
  await expectNoSeriousAxeViolations(page, `${name} at ${viewport.width} px`);
}

for (const viewport of VIEWPORTS) {
  test(`the README's pages at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?from=2026-04-01&to=2026-04-30');
    await expect(page.getByRole('link', { name: /^Mark Rutte visits Washington/ }).first()).toBeVisible();
    await shoot(page, 'timeline', viewport);

    const { events } = (await (await page.request.get('/api/events?from=2026-04-08&to=2026-04-08&kind=visit&person=mark-rutte')).json()) as { events: Array<{ id: number }> };
    await page.goto(`/events/${events[0].id}`);
    await expect(page.getByRole('heading', { name: 'Mark Rutte visits Washington' })).toBeVisible();
    await shoot(page, 'event', viewport);

    await page.goto('/ingest');
    await page.getByLabel('Article text').fill(SEED);
    await page.getByLabel('Published on').fill('2026-04-03');
    await page.getByRole('button', { name: 'Extract events' }).click();
    await expect(page.locator('article.draft-card')).toHaveCount(4);
    await shoot(page, 'ingest', viewport);

    await page.goto('/feeds');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(page, 'feeds', viewport);
  });
}
