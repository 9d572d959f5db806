import { expect, type Page } from '@playwright/test';
import { E2E_ADMIN } from './spawn-app';

/** Signs the page in as the e2e admin through the sign-in form, as a person would. */
export async function signInAsAdmin(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/sign-in`);
  await page.getByLabel('Email').fill(E2E_ADMIN.email);
  await page.getByLabel('Password').fill(E2E_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`${E2E_ADMIN.email} (admin)`)).toBeVisible();
}
