import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('an English browser still gets the home page in Vietnamese', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect(await response?.request().headerValue('accept-language')).toMatch(/^en-US/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm hỗ trợ VNeID');
  for (const job of ['Hướng dẫn từng bước', 'Đặt lịch được hỗ trợ', 'Dành cho tổ hướng dẫn']) {
    await expect(page.getByRole('link', { name: new RegExp(job) })).toBeVisible();
  }
  await expect(page.getByText('không phải ứng dụng hay trang chính thức')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the language switch goes to English and back on the same page', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/guides$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step-by-step guides');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/guides$/);
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

test('nothing on the home page leads to a placeholder, and pages have an icon and log no errors', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/');
  for (const href of await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(await response.text(), href).not.toContain('Sắp có');
  }
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
  expect((await request.get('/favicon.ico')).status()).toBe(200);
  for (const path of ['/start', '/guides/activate', '/book']) await page.goto(path);
  expect(errors).toEqual([]);
});

// WCAG 2.5.8 leaves links inside running text (display: inline) alone; every other control is a finger's width.
test('every button and stand-alone link is at least 44 by 44 px', { tag: '@layout' }, async ({ page }) => {
  for (const path of ['/', '/start', '/start/installed-yes/registered-no/papers-both', '/guides', '/guides/activate', '/book', '/book?ward=bim-son', '/report', '/no-such-page']) {
    await page.goto(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a, button, summary, select, input:not([type=hidden])')]
        .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'inline')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});

test('each citizen page has a tab title of its own, before the site\'s name', async ({ page }) => {
  const titles = [];
  for (const path of ['/', '/guides', '/start', '/book', '/booking/resend', '/report']) {
    await page.goto(path);
    titles.push(await page.title());
  }
  expect(new Set(titles).size).toBe(titles.length);
  for (const title of titles.slice(1)) expect(title).toMatch(/ · Điểm hỗ trợ VNeID$/);
});
