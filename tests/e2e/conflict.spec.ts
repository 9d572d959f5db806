import { expect, test, type APIRequestContext } from '@playwright/test';

async function createEvent(request: APIRequestContext, title: string): Promise<number> {
  const response = await request.post('/api/events', {
    data: { kind: 'meeting', title, start: '2026-12-21', location: { city: 'Rome', country: 'IT' }, participants: [{ name: 'Antonio Tajani' }, { name: 'Hakan Fidan' }] },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { event: { id: number } }).event.id;
}

test('two analysts edit one event: the second gets a conflict screen, merges, and nothing is lost', async ({ browser, request }) => {
  const id = await createEvent(request, 'Tajani meets Fidan');
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await first.goto(`/events/${id}/edit`);
  await second.goto(`/events/${id}/edit`);
  // Both analysts have version 1 in their forms before either saves (the form loads its event after the page).
  await expect(first.getByLabel('Title')).toHaveValue('Tajani meets Fidan');
  await expect(second.getByLabel('Title')).toHaveValue('Tajani meets Fidan');

  await first.getByLabel('Title').fill('Tajani meets Fidan in Rome');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.locator('.event-meta')).toContainText('version 2');

  await second.getByLabel('Notes').fill('Agenda: Libya and migration');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByRole('alertdialog', { name: /Someone else changed this event \(now version 2\)/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.locator('tbody tr')).toHaveCount(2);
  await second.screenshot({ path: 'test-results/screenshots/conflict.png', fullPage: true });
  // Title was changed only by the first analyst, notes only by the second: each defaults to its author.
  await expect(conflict.getByRole('row', { name: /title/ }).getByRole('radio').nth(1)).toBeChecked();
  await expect(conflict.getByRole('row', { name: /notes/ }).getByRole('radio').nth(0)).toBeChecked();
  await conflict.getByRole('button', { name: 'Use these choices' }).click();
  await expect(second.getByText('Merged with version 2. Check the form and save again.')).toBeVisible();
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.locator('.event-meta')).toContainText('version 3');

  const saved = (await (await request.get(`/api/events/${id}`)).json()) as { event: { title: string; notes: string; version: number } };
  expect(saved.event).toMatchObject({ title: 'Tajani meets Fidan in Rome', notes: 'Agenda: Libya and migration', version: 3 });
});

test('a draft kept over a reload is not saved blindly over someone else’s newer version', async ({ page, request }) => {
  const id = await createEvent(request, 'Tajani meets Fidan again');
  await page.goto(`/events/${id}/edit`);
  await page.getByLabel('Notes').fill('typed before lunch');
  // Someone else saves meanwhile.
  const patched = await request.patch(`/api/events/${id}`, { data: { title: 'Renamed by a colleague', version: 1 } });
  expect(patched.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('alertdialog', { name: /now version 2/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  await page.getByRole('alertdialog').getByRole('row', { name: /title/ }).getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Use these choices' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.event-meta')).toContainText('version 3');
  const saved = (await (await request.get(`/api/events/${id}`)).json()) as { event: { title: string; notes: string } };
  expect(saved.event).toMatchObject({ title: 'Renamed by a colleague', notes: 'typed before lunch' });
});
