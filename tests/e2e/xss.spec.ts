import { expect, test } from '@playwright/test';

const PAYLOADS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '"><svg onload="window.__pwned=1">', "javascript:window.__pwned=1"];

test('titles, names, places and notes are shown as text on every page: nothing supplied can run', async ({ page, request }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const created = await request.post('/api/events', {
    data: {
      kind: 'meeting',
      title: `Talks ${PAYLOADS[0]} ${PAYLOADS[1]}`,
      start: '2026-12-22',
      location: { city: `Nice${PAYLOADS[2]}`, country: 'FR' },
      participants: [{ name: `Eve ${PAYLOADS[1]}`, role: PAYLOADS[2], country: 'FR' }, { name: 'Mallory Example' }],
      notes: PAYLOADS.join('\n'),
    },
  });
  expect(created.status()).toBe(201);
  const { event } = (await created.json()) as { event: { id: number } };

  for (const path of [`/events/${event.id}`, '/?from=2026-12-20&to=2026-12-24', '/?from=2026-12-20&to=2026-12-24&group=none', '/changes', '/feeds']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img[src="x"], main svg[onload], main script').count()).toBe(0);
  }
  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.__pwned=1</script>');
  expect(dialogs).toBe(0);
});

test('every page is served with the security headers', async ({ request }) => {
  for (const path of ['/', '/events/new', '/api/events?from=2026-01-01&to=2026-01-02', '/feeds/all.ics']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['referrer-policy']).toBe('same-origin');
  }
});
