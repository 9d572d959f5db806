import { expect, test } from '@playwright/test';
import { spawnAppWithAdmin, type SpawnedApp } from './support/spawn-app';

let app: SpawnedApp;
test.beforeAll(async () => {
  app = await spawnAppWithAdmin();
});
test.afterAll(async () => {
  await app.stop();
});

test('a stranger is asked to sign in; an admin signs in, adds an editor and a token, and signs out', async ({ page, request }) => {
  await page.goto(`${app.baseURL}/`);
  await expect(page.getByText('This Summitry needs an account to read.')).toBeVisible();
  expect((await request.get(`${app.baseURL}/api/events`)).status()).toBe(401);

  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await page.getByLabel('Email').fill('admin@example.org');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toHaveText('The email or password is not right.');
  await page.getByLabel('Password').fill('a long admin password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('admin@example.org (admin)')).toBeVisible();

  await page.getByRole('link', { name: 'Admin' }).click();
  const addUser = page.getByRole('form', { name: 'Add a user' });
  await addUser.getByLabel('Email').fill('editor@example.org');
  await addUser.getByLabel('Password').fill('short');
  await addUser.getByRole('button', { name: 'Add user' }).click();
  await expect(addUser.locator('.field-error')).toContainText('at least 10 characters');
  await addUser.getByLabel('Password').fill('an editor password');
  await addUser.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('cell', { name: 'editor@example.org', exact: true })).toBeVisible();

  const addToken = page.getByRole('form', { name: 'Create an API token' });
  await addToken.getByLabel('Name').fill('nightly-import');
  await addToken.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.locator('.secret').textContent()) ?? '';
  expect(secret).toMatch(/^smt_/);
  await page.screenshot({ path: 'test-results/screenshots/admin.png', fullPage: true });

  const withToken = await request.post(`${app.baseURL}/api/events`, {
    headers: { authorization: `Bearer ${secret}` },
    data: { kind: 'call', title: 'Scripted call', start: '2026-12-01', participants: [{ name: 'Ann Example' }] },
  });
  expect(withToken.status()).toBe(201);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await request.get(`${app.baseURL}/api/events`)).status()).toBe(401);
});
