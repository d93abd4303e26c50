import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('an English browser still gets the home page in Vietnamese', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(await response?.request().headerValue('accept-language')).toMatch(/^en-US/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm hỗ trợ VNeID');
  for (const job of ['Hướng dẫn từng bước', 'Đặt lịch được hỗ trợ', 'Dành cho tổ hướng dẫn', 'Tiến độ chiến dịch']) {
    await expect(page.getByRole('link', { name: new RegExp(job) })).toBeVisible();
  }
  await expect(page.getByText('không phải ứng dụng hay trang chính thức')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the language switch goes to English and back on the same page', async ({ page }) => {
  await page.goto('/campaign');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/campaign$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaign progress');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/campaign$/);
  await expect(page).not.toHaveURL(/\/en\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the language switch works without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('VNeID help point');
  await context.close();
});

test('an unknown page gets a friendly Vietnamese 404', async ({ page }) => {
  const response = await page.goto('/trang-khong-co-that');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm hỗ trợ VNeID');
});

test('an unknown English page gets the English 404', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectNoAxeViolations(page);
});

test('a job not built yet says so plainly', async ({ page }) => {
  await page.goto('/campaign');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiến độ chiến dịch');
  await expect(page.getByText('Sắp có')).toBeVisible();
  await expectNoAxeViolations(page);
});
