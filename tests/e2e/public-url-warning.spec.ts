import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signIn, staffPage } from './staff-helpers';

// The test server runs without PUBLIC_URL, as `npm start` on one laptop does.
test('while links lead to this computer only, staff pages say so on screen in their language, and posters and cards print without it', async ({ browser, baseURL }) => {
  const page = await staffPage(browser, baseURL);
  const warning = page.getByRole('note').filter({ hasText: 'PUBLIC_URL' });
  await page.goto('/staff/sign-in');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(warning, 'not before signing in').toHaveCount(0);

  await signIn(page, 'huongdan-kp5', 'demo-kp5-2026');
  await expect(warning).toContainText(`đang trỏ tới ${new URL(baseURL!).origin}, chỉ mở được trên máy này`);

  await page.goto('/staff/posters');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(warning).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(warning).toBeHidden();
  await expect(page.getByRole('article')).toBeVisible();

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/en/staff/posters/cards');
  await expect(warning).toContainText(`point at ${new URL(baseURL!).origin}, which opens on this computer only`);
  await page.emulateMedia({ media: 'print' });
  await expect(warning).toBeHidden();
});
