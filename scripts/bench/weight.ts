import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, round, row } from './table';

const KB = 1024;
const JS_BUDGET = 150 * KB;
const TOTAL_BUDGET = 250 * KB;

interface Transferred {
  js: number;
  total: number;
}

/**
 * Bytes a phone downloads on a first visit (empty cache, fresh context), as
 * Chromium counts them on the wire: compressed bodies plus headers.
 */
async function transferred(browser: Browser, url: string): Promise<Transferred> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const bytes: Transferred = { js: 0, total: 0 };
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      bytes.total += event.encodedDataLength;
      if (types.get(event.requestId) === 'Script') bytes.js += event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`HTTP ${response?.status() ?? 'no response'}`);
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => round(bytes / KB, 1);

export async function weightRows(baseUrl: string, paths: string[]): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    for (const path of paths) {
      try {
        const { js, total } = await transferred(browser, `${baseUrl}${path}`);
        rows.push(
          row(path, 'JS transferred (gzip)', '≤ 150 KB', kb(js), 'KB', js <= JS_BUDGET),
          row(path, 'all bytes, first load', '≤ 250 KB', kb(total), 'KB', total <= TOTAL_BUDGET),
        );
      } catch (error) {
        rows.push(row(path, 'page weight', 'loads', `failed: ${(error as Error).message.split('\n')[0]}`, '', false));
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
