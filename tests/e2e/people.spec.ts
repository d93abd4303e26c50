import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { uniquePhone } from './booking-helpers';
import { openMenu, signedIn, staffNav } from './staff-helpers';

/** A walk-in outcome recorded through the form, as a team member does it, with a phone or without. */
async function recordWalkIn(page: Page, fullName: string, phone?: string) {
  await page.goto('/staff/walk-in');
  await page.getByLabel('Họ và tên').fill(fullName);
  if (phone) await page.getByLabel('Số điện thoại (không bắt buộc)').fill(phone);
  await page.getByLabel('Đã kích hoạt tài khoản').check();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu kết quả.');
}

/** The pair's card on whichever page of the list it is, or null once it is offered no more. */
async function findPair(page: Page, title: string) {
  await page.goto('/staff/people');
  for (;;) {
    const pair = page.getByRole('article', { name: title });
    if (await pair.count()) return pair;
    const next = page.getByRole('link', { name: 'Trang sau' });
    if (!(await next.count())) return null;
    await next.click();
  }
}

test('a member merges a name typed without accents into its person, splits it again from the person\'s page, and keeps another pair apart', async ({ browser, baseURL }) => {
  test.slow();
  const tag = `P${Date.now().toString(36)}`;
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  await recordWalkIn(page, `Trần Thị Mai ${tag}`, uniquePhone().replace('+84', '0'));
  await recordWalkIn(page, `tran thi mai ${tag}`);
  await recordWalkIn(page, `Lê Văn Nam ${tag}`);
  await recordWalkIn(page, `Le Van Nam ${tag}`);

  await openMenu(page);
  await staffNav(page).getByRole('link', { name: 'Có thể là cùng một người' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Có thể là cùng một người');
  const pair = (await findPair(page, `Trần Thị Mai ${tag} và tran thi mai ${tag}`))!;
  await expect(pair).toContainText('Họ tên giống nhau khi bỏ dấu.');
  await expect(pair).toContainText(`giữ hồ sơ của Trần Thị Mai ${tag}`);
  await expectNoAxeViolations(page);
  const survivorPage = (await pair.getByRole('link', { name: new RegExp(`^Trần Thị Mai ${tag} \\(số \\d+\\)$`) }).getAttribute('href'))!;

  await pair.getByRole('button', { name: 'Là cùng một người' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gộp thành một người.');
  await expect(page.getByRole('article', { name: `Trần Thị Mai ${tag} và tran thi mai ${tag}` })).toHaveCount(0);

  await page.goto(survivorPage);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Trần Thị Mai ${tag}`);
  await expect(page.getByText('Đã kích hoạt (tổ hướng dẫn xác nhận)')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: `ghi dưới tên tran thi mai ${tag}` })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Tách tran thi mai ${tag} ra` }).click();
  await expect(page.getByRole('status')).toHaveText('Đã tách ra. Hai người này sẽ không được gợi ý gộp lại.');
  await expect(page.getByRole('heading', { name: 'Đã gộp vào người này' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: `ghi dưới tên tran thi mai ${tag}` })).toHaveCount(0);
  expect(await findPair(page, `Trần Thị Mai ${tag} và tran thi mai ${tag}`)).toBeNull();

  const other = (await findPair(page, `Lê Văn Nam ${tag} và Le Van Nam ${tag}`))!;
  await other.getByRole('button', { name: 'Không phải' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã ghi: đây là hai người khác nhau. Cặp này sẽ không hiện lại.');
  expect(await findPair(page, `Lê Văn Nam ${tag} và Le Van Nam ${tag}`)).toBeNull();
});

test('a person outside the member\'s hamlets answers as not found', async ({ browser, baseURL }) => {
  const tag = `Q${Date.now().toString(36)}`;
  const kp7 = await signedIn(browser, baseURL, 'huongdan-kp7', 'demo-kp7-2026');
  await recordWalkIn(kp7, `Phan Văn Tùng ${tag}`);
  await recordWalkIn(kp7, `Phan Van Tung ${tag}`);
  const pair = (await findPair(kp7, `Phan Văn Tùng ${tag} và Phan Van Tung ${tag}`))!;
  const theirs = (await pair.getByRole('link', { name: new RegExp(`^Phan Văn Tùng ${tag}`) }).getAttribute('href'))!;

  const kp5 = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  const response = await kp5.goto(theirs);
  expect(response?.status()).toBe(404);
});
