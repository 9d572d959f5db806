import { expect, test } from '@playwright/test';
import { loadDemoData, spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 14, item 3: every page fits a phone without sideways scrolling, with every navigation item
// on screen, signed in (so the account menu and the admin's pages are there too).
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
  loadDemoData(app);
});
test.afterAll(async () => {
  await app.stop();
});

const PAGES = ['/?from=2026-04-01&to=2026-04-30', '/daybook?date=2026-04-08&days=7', '/?from=2026-04-01&to=2026-04-30&view=agenda', '/ingest', '/events/new', '/events/1', '/changes', '/feeds', '/admin'];

for (const width of [360, 390]) {
  test(`every page fits ${width} px with every navigation item visible`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signInAsAdmin(page, app.baseURL);
    for (const path of PAGES) {
      await page.goto(app.baseURL + path);
      await expect(page.locator('main, .timeline, h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, wide: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'fixed').slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`) }));
      expect(overflow.scroll, `${path} is ${overflow.scroll} px wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(width);
      for (const link of await page.locator('.site-header a, .site-header button').all()) await expect(link, `${path}: a navigation item`).toBeInViewport();
      await page.screenshot({ path: `test-results/screenshots/phone-${width}${path.replace(/[/?=&]+/g, '-')}.png`, fullPage: true });
      await expectNoSeriousAxeViolations(page, `${path} at ${width} px, signed in`);
    }
  });
}
