import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const CASES = [
  { name: '(a) approved but not activated', answers: ['Đã cài rồi', 'Đã đăng ký', 'Đã nhận', 'Chưa', 'Có, đứng tên tôi'], reason: /đã được phê duyệt nhưng chưa kích hoạt/, need: 'not-activated', guide: 'activate', title: 'Kích hoạt' },
  { name: '(b) not registered', answers: ['Đã cài rồi', 'Chưa đăng ký', 'Có cả hai'], reason: /chưa đăng ký/, need: 'not-registered', guide: 'register-level-1', title: 'mức 1' },
  { name: '(c) app not installed', answers: ['Chưa cài', 'Chưa đăng ký', 'Có cả hai'], reason: /chưa cài ứng dụng/, need: 'not-installed', guide: 'install-app', then: 'register-level-1', title: 'VNeID' },
  { name: 'approved at the police but no app', answers: ['Chưa cài', 'Đã đăng ký', 'Đã nhận', 'Có, đứng tên tôi'], reason: /đã được phê duyệt nhưng điện thoại chưa có ứng dụng/, need: 'approved-not-installed', guide: 'install-app', then: 'activate', title: 'VNeID' },
  { name: 'waiting, SIM maybe not in one\'s own name', answers: ['Đã cài rồi', 'Đã đăng ký', 'Chưa nhận', 'Tôi không chắc'], reason: /SIM cần đứng tên bạn/, need: 'sim-not-own-name', guide: 'sim-own-name', title: 'SIM' },
];

async function walk(page: Page, answers: string[]) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Tôi cần làm gì?' }).click();
  for (const answer of answers) {
    await page.getByRole('link', { name: answer, exact: true }).click();
  }
}

async function withoutJavaScript(browser: Browser, baseURL: string | undefined, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  await run(await context.newPage());
  await context.close();
}

/** The result: the guide first, the one after it when there is one, and booking help for this case. */
async function expectResult(page: Page, c: (typeof CASES)[number]) {
  await expect(page.getByRole('status')).toHaveText(c.reason);
  await expect(page.getByRole('link', { name: /^Sau đó:/ })).toHaveCount(c.then ? 1 : 0);
  if (c.then) await expect(page.getByRole('link', { name: /^Sau đó:/ })).toHaveAttribute('href', `/guides/${c.then}`);
  await expect(page.getByRole('link', { name: 'Đặt lịch để được giúp', exact: true })).toHaveAttribute('href', `/book?need=${c.need}`);
}

for (const c of CASES) {
  test(`case ${c.name}: the check leads to the ${c.guide} guide`, async ({ page }) => {
    await walk(page, c.answers);
    await expectResult(page, c);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /Xem hướng dẫn/ }).click();
    await expect(page).toHaveURL(new RegExp(`/guides/${c.guide}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(c.title);
  });

  test(`case ${c.name}: the check works without JavaScript`, async ({ browser, baseURL }) => {
    await withoutJavaScript(browser, baseURL, async (page) => {
      await walk(page, c.answers);
      await expectResult(page, c);
      await page.getByRole('link', { name: /Xem hướng dẫn/ }).click();
      await expect(page).toHaveURL(new RegExp(`/guides/${c.guide}$`));
    });
  });
}

test('the result books help for the person\'s case', async ({ page }) => {
  await walk(page, ['Chưa cài', 'Đã đăng ký', 'Đã nhận', 'Có, đứng tên tôi']);
  await page.getByRole('link', { name: 'Đặt lịch để được giúp', exact: true }).click();
  await expect(page).toHaveURL(/\/book\?need=approved-not-installed$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đặt lịch được hỗ trợ');
});

test('each answer has its own address and "Quay lại" goes back one question', async ({ page }) => {
  await walk(page, ['Đã cài rồi', 'Đã đăng ký']);
  await expect(page).toHaveURL(/\/start\/installed-yes\/registered-yes$/);
  await expect(page.getByText('Câu hỏi 3')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/tin nhắn báo tài khoản đã được phê duyệt/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '← Quay lại' }).click();
  await expect(page).toHaveURL(/\/start\/installed-yes$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/đã đăng ký tài khoản/);

  const sent = await page.goto('/start/installed-yes/registered-yes/approved-no/sim-yes');
  expect(sent?.status()).toBe(200);
  await expect(page.getByRole('status')).toHaveText(/đang chờ phê duyệt/);
});

test('a made-up answer path is a 404, not a wrong answer', async ({ page }) => {
  expect((await page.goto('/start/approved-yes'))?.status()).toBe(404);
  expect((await page.goto('/start/installed-no/papers-both'))?.status()).toBe(404);
});

test('the check speaks English when English is chosen', async ({ page }) => {
  await page.goto('/en/start/installed-no');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/registered an electronic identity account/);
  await page.getByRole('link', { name: 'Not yet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/chip ID card and a phone SIM/);
  await page.getByRole('link', { name: 'Yes, both' }).click();
  await expect(page.getByRole('status')).toHaveText(/The app is not installed/);
  await expect(page.getByRole('link', { name: 'Book a time to get help', exact: true })).toHaveAttribute('href', '/en/book?need=not-installed');
  await expectNoAxeViolations(page);
});
