import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { QUESTIONS } from '@/lib/triage';
import { expectNoAxeViolations } from './axe';
import { READ_ALOUD, STEP } from './guide-helpers';

async function expectTouchTargets(page: Page) {
  const small = await page.$$eval('a, button, input, select, textarea, summary', (elements) =>
    elements
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
}

// One guide and its print view stand for the template every guide shares; each Vietnamese guide is checked too, at the
// phone's width, for what its own text and pictures bring (its print view holds the same, without the pictures). The English
// twins have the same steps, pictures and links (tests/unit/guide-content.test.ts), and at desktop width only the layout
// changes: there the Vietnamese template pages are checked again (@layout, the desktop project's tests).
const TEMPLATE_PAGES = ['/start', '/guides', '/guides/activate', '/guides/activate/print'];
const EACH_GUIDE = GUIDE_SLUGS.map((slug) => `/guides/${slug}`).filter((path) => !TEMPLATE_PAGES.includes(path));
const pagesToCheck = [...TEMPLATE_PAGES.flatMap((path) => [path, `/en${path}`]), ...EACH_GUIDE.map((path) => `${path} (each guide)`)];

for (const title of pagesToCheck) {
  test(`${title} has no axe violations and only large touch targets`, { tag: TEMPLATE_PAGES.includes(title) ? '@layout' : [] }, async ({ page }) => {
    const response = await page.goto(title.replace(' (each guide)', ''));
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
  });
}

test('a guide starts with what you need, numbers its steps and ends with "did it work?"', async ({ page }) => {
  await page.goto('/guides/activate');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Bạn cần chuẩn bị');
  const steps = page.locator(STEP);
  const total = await steps.count();
  expect(total).toBeGreaterThan(3);
  await expect(steps.nth(1).locator('.progress')).toHaveText(`Bước 2/${total}`);
  await expect(page.locator('q[lang="vi"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nguồn tham khảo' })).toBeVisible();
  await expect(page.getByText(/Nội dung được kiểm tra ngày \d+\/\d+\/\d{4}/)).toBeVisible();

  await expect(page.getByRole('link', { name: /Được rồi, sang bước tiếp/ })).toHaveAttribute('href', '/guides/public-services');
  await expect(page.getByRole('link', { name: /Chưa được/ })).toHaveAttribute('href', '/book?need=not-activated');
  await expect(page.getByRole('link', { name: /trục trặc thường gặp/ })).toHaveAttribute('href', '/guides/problems');
  await expect(page.getByText('không phải ứng dụng hay trang chính thức')).toBeVisible();
});

test('a guide reads without JavaScript and fits a 320 px screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const slug of GUIDE_SLUGS) {
    await page.goto(`/guides/${slug}`);
    await expect(page.locator(STEP).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
  await context.close();
});

test('without a Vietnamese voice, the first step explains how to install one instead of a read-aloud button', async ({ page }) => {
  await page.addInitScript(() => {
    speechSynthesis.getVoices = () => [];
  });
  await page.goto('/guides/install-app');
  await expect(page.locator(STEP).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Nghe đọc/ })).toHaveCount(0);
  const help = page.locator('details', { hasText: 'Cách cài giọng đọc tiếng Việt' });
  await expect(help).toHaveCount(1);
  await help.getByText('Cách cài giọng đọc tiếng Việt').click();
  await expect(help.getByText(/Dịch vụ giọng nói của Google/)).toBeVisible();
  await expect(help.getByText(/Nội dung được đọc/)).toBeVisible();
  await expectTouchTargets(page);
});

test('the read-aloud button reads the step in a Vietnamese voice', async ({ page }) => {
  await page.addInitScript(() => {
    const voice = { lang: 'vi-VN', voiceURI: 'test-vi', name: 'Tiếng Việt', localService: true, default: true };
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, {
      spoken,
      SpeechSynthesisUtterance: class {
        voice: unknown = null;
        lang = '';
        rate = 1;
        constructor(readonly text: string) {}
      },
    });
    speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
    speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
  });
  await page.goto('/guides/install-app');
  const firstStep = page.locator(STEP).first();
  const title = await firstStep.getByRole('heading', { level: 2 }).textContent();
  await firstStep.getByRole('button', { name: 'Nghe đọc bước này' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0].lang).toBe('vi-VN');
  // Written out, since a voice reads "1/7" as a date.
  expect(spoken[0].text).toMatch(/^Bước 1 trong \d+\./);
  expect(spoken[0].text).not.toContain('1/');
  expect(spoken[0].text).toContain(title);
});

test('a guide prints on paper without buttons and with its sources spelled out', async ({ page }) => {
  await page.goto('/guides/register-level-1');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#did-it-work')).toBeHidden();
  await expect(page.locator('.print-url').first()).toBeVisible();
  await expect(page.locator(STEP).first()).toBeVisible();
  // The official channels print with their addresses, not as an empty "Kênh chính thức: ·".
  await expect(page.locator('.site-footer')).toContainText(/Kênh chính thức: Ứng dụng VNeID \(Bộ Công an\) \(vneid\.gov\.vn\) · Cổng dịch vụ công quốc gia \(dichvucong\.gov\.vn\)/);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('without JavaScript the print link opens a printable copy of the guide, in both languages', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const [locale, print, howTo] of [
    ['', 'In hướng dẫn này', 'chọn In'],
    ['/en', 'Print this guide', 'choose Print'],
  ]) {
    await page.goto(`${locale}/guides/activate`);
    await page.getByRole('link', { name: print }).click();
    await expect(page).toHaveURL(`${locale}/guides/activate/print`);
    await expect(page.getByText(howTo)).toBeVisible();
    await expect(page.locator(STEP).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-howto')).toBeHidden();
    await expect(page.locator('.print-url').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  }
  await context.close();
});

test('with JavaScript the print link opens the print dialog on the guide itself', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { printed: 0 });
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto('/guides/activate');
  await page.locator(READ_ALOUD).first().waitFor();
  await page.getByRole('link', { name: 'In hướng dẫn này' }).click();
  await expect(page).toHaveURL('/guides/activate');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('guide and check pages are prerendered and ship only their own text', async ({ page }) => {
  const manifest = JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8'));
  for (const slug of GUIDE_SLUGS) {
    expect(Object.keys(manifest.routes)).toContain(`/vi/guides/${slug}`);
    expect(Object.keys(manifest.routes)).toContain(`/en/guides/${slug}`);
    expect(Object.keys(manifest.routes)).toContain(`/vi/guides/${slug}/print`);
    expect(Object.keys(manifest.routes)).toContain(`/en/guides/${slug}/print`);
  }
  expect(Object.keys(manifest.routes)).toContain('/vi/start/installed-yes/registered-yes/approved-yes/activated-no');

  const response = await page.goto('/guides/install-app');
  const html = await response!.text();
  expect(html).not.toContain('Tiến độ chiến dịch'); // a home-page message
  expect(html).not.toContain('đã được phê duyệt nhưng chưa kích hoạt'); // a check result
  expect(html).not.toContain('VNeID help point'); // the English catalogue
});

test('a guide fetches no other page before a tap, while the check fetches only its answers', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('_rsc')) fetched.push(url.pathname);
  });
  await page.goto('/guides/activate');
  // The read-aloud control appears once the page is hydrated, when the router would start prefetching.
  await page.locator(READ_ALOUD).first().waitFor();
  await page.waitForTimeout(2000);
  expect(fetched).toEqual([]);

  await page.goto('/start');
  const answers = QUESTIONS.installed.map((answer) => `/start/installed-${answer}`);
  await expect.poll(() => new Set(fetched).size).toBe(answers.length);
  expect([...new Set(fetched)].toSorted()).toEqual(answers.toSorted());
});
