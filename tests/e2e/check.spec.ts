import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const OTHER = 'Trường hợp khác: làm cho con, người nước ngoài, mất điện thoại, đổi SIM, thẻ hết hạn';

const CASES = [
  { name: '(a) approved but not activated', answers: ['Đã cài rồi', 'Đã đăng ký', 'Đã nhận', 'Chưa', 'Có, đứng tên tôi'], reason: /đã được phê duyệt nhưng chưa kích hoạt/, need: 'not-activated', guide: 'activate', then: [], title: 'Kích hoạt' },
  { name: '(b) not registered', answers: ['Đã cài rồi', 'Chưa đăng ký', 'Có cả hai'], reason: /chưa đăng ký/, need: 'not-registered', guide: 'register-level-1', then: [], title: 'mức 1' },
  { name: '(c) app not installed', answers: ['Chưa cài', 'Chưa đăng ký', 'Có cả hai'], reason: /chưa cài ứng dụng/, need: 'not-installed', guide: 'install-app', then: ['register-level-1'], title: 'VNeID' },
  { name: 'approved at the police but no app', answers: ['Chưa cài', 'Đã đăng ký', 'Đã nhận', 'Có, đứng tên tôi'], reason: /đã được phê duyệt nhưng điện thoại chưa có ứng dụng/, need: 'approved-not-installed', guide: 'install-app', then: ['activate'], title: 'VNeID' },
  { name: 'waiting, SIM maybe not in one\'s own name', answers: ['Đã cài rồi', 'Đã đăng ký', 'Chưa nhận', 'Tôi không chắc'], reason: /SIM cần đứng tên bạn/, need: 'sim-not-own-name', guide: 'sim-own-name', then: [], title: 'SIM' },
  { name: 'no smartphone', answers: ['Tôi không có điện thoại thông minh'], reason: /Không có điện thoại thông minh vẫn có tài khoản/, need: 'no-smartphone', guide: 'no-smartphone', then: ['level-2'], title: 'điện thoại thông minh' },
  { name: 'a child under 14', answers: [OTHER, 'Làm tài khoản cho con dưới 14 tuổi'], reason: /cha, mẹ hoặc người giám hộ/, need: 'child-under-14', guide: 'children', then: [], title: 'dưới 14 tuổi' },
  { name: 'activated long ago, cannot log in now', answers: ['Đã cài rồi', 'Đã đăng ký', 'Đã nhận', 'Đã kích hoạt từ trước, nay không đăng nhập được'], reason: /không cần kích hoạt lại/, need: 'cannot-log-in', guide: 'login-problems', then: ['change-phone'], title: 'Không đăng nhập được' },
  { name: 'cannot log in, app not on this phone', answers: ['Chưa cài', 'Đã dùng được, nay không đăng nhập được'], reason: /không cần kích hoạt lại/, need: 'cannot-log-in', guide: 'login-problems', then: ['change-phone'], title: 'Không đăng nhập được' },
  { name: 'level 2 with the chip card in 2022–24', answers: ['Đã cài rồi', 'Không chắc', 'Có cả hai'], reason: /thử kích hoạt trước/, need: 'may-have-level-2', guide: 'activate', then: ['register-level-1'], title: 'Kích hoạt' },
  { name: 'application rejected', answers: ['Đã cài rồi', 'Đã đăng ký', 'Bị từ chối'], reason: /Hồ sơ bị từ chối/, need: 'rejected', guide: 'register-level-1', then: ['level-2'], title: 'mức 1' },
  { name: 'lost phone', answers: [OTHER, 'Tôi bị mất điện thoại'], reason: /khóa tài khoản VNeID ngay/, need: 'lost-phone', guide: 'lock-account', then: ['change-phone'], title: 'Khóa' },
  { name: 'new SIM', answers: [OTHER, 'Tôi đổi số điện thoại hoặc đổi SIM'], reason: /cập nhật số điện thoại/, need: 'sim-changed', guide: 'change-phone', then: [], title: 'SIM' },
  { name: 'a foreigner', answers: [OTHER, 'Tôi là người nước ngoài'], reason: /Phòng Quản lý xuất nhập cảnh/, need: 'foreigner', guide: 'install-app', then: [], title: 'VNeID' },
  { name: 'only an old CMND', answers: ['Chưa cài', 'Chưa đăng ký', 'Thẻ đã hết hạn, hoặc chỉ có chứng minh nhân dân'], reason: /hết giá trị từ 1\/1\/2025/, need: 'expired-card', guide: 'expired-card', then: ['level-2'], title: 'hết hạn' },
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

/** The result: what to do, where and what to bring, the guide first, the ones after it, and booking help for this case. */
async function expectResult(page: Page, c: (typeof CASES)[number]) {
  await expect(page.getByRole('status')).toHaveText(c.reason);
  await expect(page.getByRole('term')).toHaveText(['Làm ở đâu', 'Cần mang theo']);
  await expect(page.getByRole('definition')).toHaveCount(2);
  await expect(page.getByRole('link', { name: /^Xem hướng dẫn:/ })).toHaveAttribute('href', `/guides/${c.guide}`);
  const then = page.getByRole('link', { name: /^Sau đó:/ });
  await expect(then).toHaveCount(c.then.length);
  for (const [i, guide] of c.then.entries()) await expect(then.nth(i)).toHaveAttribute('href', `/guides/${guide}`);
  await expect(page.getByRole('link', { name: 'Đặt lịch để được giúp', exact: true })).toHaveAttribute('href', `/book?need=${c.need}`);
}

for (const [i, c] of CASES.entries()) {
  test(`case ${c.name}: the check leads to the ${c.guide} guide, and works without JavaScript`, async ({ page, browser, baseURL }) => {
    await walk(page, c.answers);
    await expectResult(page, c);
    // Every result is the same page with other words: the plan's three cases stand for them all.
    if (i < 3) await expectNoAxeViolations(page);
    const result = new URL(page.url()).pathname;
    await page.getByRole('link', { name: /Xem hướng dẫn/ }).click();
    await expect(page).toHaveURL(new RegExp(`/guides/${c.guide}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(c.title);

    // Without JavaScript: the plan's cases answer every question again; the others, whose answers are the same links, open their result.
    await withoutJavaScript(browser, baseURL, async (plain) => {
      if (i < 3) await walk(plain, c.answers);
      else await plain.goto(result);
      await expectResult(plain, c);
      await plain.getByRole('link', { name: /Xem hướng dẫn/ }).click();
      await expect(plain).toHaveURL(new RegExp(`/guides/${c.guide}$`));
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
