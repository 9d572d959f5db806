import { expect, test } from '@playwright/test';
import { spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';
import { signInAsAdmin } from './support/sign-in';
import { expectNoSeriousAxeViolations } from './support/axe';

// Issue 14, item 11: "Sign out" was white on white on /admin, /feeds and /events/new (a white
// button background that only the timeline's own stylesheet took away).
let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
});
test.afterAll(async () => {
  await app.stop();
});

/** WCAG contrast of an element's text against the first opaque background behind it. */
function readContrast(element: Element): { color: string; background: string; ratio: number } {
  const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const color = getComputedStyle(element).color;
  let background = 'rgb(255, 255, 255)';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = getComputedStyle(node).backgroundColor;
    const alpha = parse(value)[3];
    if (alpha === undefined || alpha > 0) {
      background = value;
      break;
    }
  }
  const [a, b] = [luminance(parse(color)), luminance(parse(background))].sort((x, y) => y - x);
  return { color, background, ratio: (a + 0.05) / (b + 0.05) };
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  for (const path of ['/admin', '/feeds', '/events/new', '/']) {
    test(`the sign-out control on ${path} is visible against the header at ${viewport.width} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signInAsAdmin(page, app.baseURL);
      await page.goto(`${app.baseURL}${path}`);
      const header = page.getByRole('banner');
      const signOut = header.getByRole('button', { name: 'Sign out' });
      await expect(signOut).toBeVisible();
      const contrast = await signOut.evaluate(readContrast);
      expect(contrast.color).not.toBe(contrast.background);
      // WCAG AA for normal text.
      expect(contrast.ratio, `${contrast.color} on ${contrast.background}`).toBeGreaterThanOrEqual(4.5);
      // The header's dark band really is behind it: a control pushed past the header's edge
      // keeps its white text over the light page.
      const [box, band] = [await signOut.boundingBox(), await header.boundingBox()];
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(band!.x + band!.width, viewport.width));
      expect(box!.y + box!.height).toBeLessThanOrEqual(band!.y + band!.height);
      await expectNoSeriousAxeViolations(page, `${path} at ${viewport.width} px`);
    });
  }
}
