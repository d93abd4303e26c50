import { type Page, test } from '@playwright/test';

let counter = 0;
/**
 * A mobile number no other call of this run gets, so tests never hit another's per-phone limit or read its texts: 098,
 * then the worker's index (unique in a run, across all projects, which share the text inbox) and this worker's count.
 * Numbers tests type themselves start 091.
 */
export function uniquePhone(): string {
  counter += 1;
  const worker = Number(process.env.TEST_WORKER_INDEX);
  if (!(worker < 1000) || counter >= 10_000) throw new Error(`uniquePhone: worker ${process.env.TEST_WORKER_INDEX}, call ${counter}, out of its range`);
  return `098${String(worker).padStart(3, '0')}${String(counter).padStart(4, '0')}`;
}

/** The Vietnamese date N days from today, as YYYY-MM-DD. */
export function vnDay(offset: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + offset * 24 * 3600_000);
  return d.toISOString().slice(0, 10);
}

/**
 * The Vietnamese date N days from today, one day later on each retry: a test that fills a day or a time finds it as its
 * first try did, not full of what that try left. Each test keeps to times of its own at its help point, so the next day
 * is free for it.
 */
export const dayOfTry = (offset: number) => vnDay(offset + test.info().retry);

/** Follows the booking flow's links to a hamlet's time list for a day. */
export async function openTimes(page: Page, { hamlet = 'Khu phố 5', day = vnDay(2) } = {}) {
  await page.goto('/book');
  await page.getByRole('link', { name: 'Phường Bỉm Sơn' }).click();
  await page.getByRole('link', { name: new RegExp(`^${hamlet}$`) }).click();
  await page.locator(`a[href*="day=${day}"]`).click();
}

/** Performs one tap (or one field typed); `pickTime` takes one to count its taps. */
export type Tap = (action: () => Promise<void>) => Promise<void>;

/** Takes a time from the grouped list, opening its part of the day's other times when it is not the first shown. */
export async function pickTime(page: Page, time: string, tap: Tap = (action) => action()) {
  const choice = page.getByRole('link', { name: new RegExp(`^${time}`), includeHidden: true });
  await choice.waitFor({ state: 'attached' });
  if (!(await choice.isVisible())) await tap(() => page.locator('details', { has: choice }).locator('summary').click());
  await tap(() => choice.click());
}

export async function fillDetails(page: Page, { name = 'Nguyễn Thị Hoa', phone = uniquePhone(), consent = true } = {}) {
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Số điện thoại di động').fill(phone);
  await page.getByRole('group', { name: 'Bạn cần giúp việc gì?' }).getByRole('radio', { name: 'Kích hoạt tài khoản đã được phê duyệt', exact: true }).check();
  if (consent) await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  return phone;
}
