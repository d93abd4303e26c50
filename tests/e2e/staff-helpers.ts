import { type APIRequestContext, type Browser, type BrowserContextOptions, expect, type Page } from '@playwright/test';
import { uniquePhone, vnDay } from './booking-helpers';

let run = 0;
/**
 * A name no other test, and no earlier try of this one, uses, in letters only, as people's names are: a test that finds
 * its person by name on a shared page would otherwise find two on its retry.
 */
export const uniqueName = (first: string) => `${first} ${[...`${process.pid}${++run}${Date.now() % 100000}`].map((d) => 'abcdeghikl'[Number(d)]).join('')}`;

let address = 0;
/** Each context looks like its own client, so sign-in limits of one test never touch another; a phone unless told otherwise. */
export async function staffPage(browser: Browser, baseURL: string | undefined, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    ...options,
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `10.200.${process.pid % 250}.${++address}` },
  });
  return context.newPage();
}

export async function openSignIn(page: Page) {
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/staff\/sign-in$/);
}

/** Fills the open sign-in form and sends it. */
export async function submitSignIn(page: Page, login: string, password: string) {
  await page.getByLabel('Tên đăng nhập hoặc số điện thoại').fill(login);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function trySignIn(page: Page, login: string, password: string) {
  await openSignIn(page);
  await submitSignIn(page, login, password);
}

/** Signs in through the form and waits for the day page, so the next step runs signed in. */
export async function signIn(page: Page, login: string, password: string) {
  await trySignIn(page, login, password);
  await expect(page).toHaveURL(/\/staff\/today$/);
}

type SavedState = Exclude<BrowserContextOptions['storageState'], string | undefined>;
const savedSignIns = new Map<string, Promise<SavedState>>();

/**
 * A new staff page on the day page, signed in to the account with the cookies of one sign-in through the form, made
 * once per worker, account and server: a password hash and four page loads, about seventy times a run, were no part of
 * what most tests prove. A test of signing in, or one that ends its session (signing out, turning the device into a
 * kiosk, signing in again over it), goes through the form with `signIn`, so no shared session ends under another test.
 */
export async function signedIn(browser: Browser, baseURL: string | undefined, login: string, password: string, options: BrowserContextOptions = {}) {
  const key = `${baseURL} ${login}`;
  let saved = savedSignIns.get(key);
  if (!saved) {
    saved = (async () => {
      const page = await staffPage(browser, baseURL);
      await signIn(page, login, password);
      const state = await page.context().storageState();
      await page.context().close();
      return state;
    })();
    savedSignIns.set(key, saved);
    saved.catch(() => savedSignIns.delete(key));
  }
  const page = await staffPage(browser, baseURL, { ...options, storageState: await saved });
  await page.goto('/staff/today');
  await expect(page, `the saved session of ${login} still opens the day page`).toHaveURL(/\/staff\/today$/);
  return page;
}

/** The staff navigation, whose name says who it is for. */
export const staffNav = (page: Page) => page.getByRole('navigation', { name: /^(Dành cho tổ hướng dẫn|For guidance teams)$/ });

/** Opens the staff menu, where all but the bar's few daily entries are, with the account and "Đăng xuất" at its foot. */
export async function openMenu(page: Page) {
  const menu = staffNav(page).locator('details');
  // A page still arriving closes the menu once it is there: open it again until it stays open.
  await expect(async () => {
    if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
    await expect(menu).toHaveAttribute('open', '', { timeout: 1000 });
  }).toPass();
}

export async function bookAt(request: APIRequestContext, hamlet: string, fullName = 'Đỗ Văn Em', slotIndex = 3, phone = uniquePhone()) {
  const points = (await (await request.get('/api/help-points?ward=bim-son')).json()).helpPoints;
  const point = points.find((p: { hamlet: string }) => p.hamlet === hamlet);
  const slots = (await (await request.get(`/api/help-points/${point.id}/slots?date=${vnDay(1)}`)).json()).slots;
  const response = await request.post('/api/bookings', {
    headers: { 'X-Forwarded-For': `10.201.0.${++address}` },
    data: { helpPointId: point.id, startsAt: slots[slotIndex].startsAt, fullName, phone, people: 1, need: 'not-activated', consent: true },
  });
  expect(response.status()).toBe(201);
  return response.json() as Promise<{ code: string; token: string }>;
}
