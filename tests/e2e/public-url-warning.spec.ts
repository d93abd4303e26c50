import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { signedIn } from './staff-helpers';

// The test server runs without PUBLIC_URL, as `npm start` on one laptop does.
test('while links lead to this computer only, the staff pages that make them say so on screen in their language, and posters and cards print without it', async ({ browser, baseURL }) => {
  const page = await signedIn(browser, baseURL, 'huongdan-kp5', 'demo-kp5-2026');
  const warning = page.getByRole('note').filter({ hasText: 'PUBLIC_URL' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(warning, "not on the day's work, where nothing is printed or sent").toHaveCount(0);

  await page.goto('/staff/kiosks');
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
