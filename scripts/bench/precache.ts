import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, row } from './table';

const MB = 1024 * 1024;
const BUDGET = 1.5 * MB;
const PAGE = 'precache (guides, check, home; vi + en; pictures, JS)';

/**
 * What the service worker keeps after one visit, read back from Cache
 * Storage once it has taken the page: the bodies as stored (decoded), and
 * the same bodies gzipped as the server sends them, which is what the phone
 * downloads.
 */
export async function precacheRows(baseUrl: string): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/`);
    const { entries, stored, gzipped } = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      const totals = { entries: 0, stored: 0, gzipped: 0 };
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const body = await (await cache.match(request))!.blob();
          totals.entries += 1;
          totals.stored += body.size;
          totals.gzipped += (await new Response(body.stream().pipeThrough(new CompressionStream('gzip'))).blob()).size;
        }
      }
      return totals;
    });
    const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
    return [
      row(PAGE, `downloaded (gzip), ${entries} files`, '≤ 1.5 MB', mb(gzipped), gzipped <= BUDGET),
      row(PAGE, 'stored on the phone (decoded)', '—', mb(stored), null),
    ];
  } catch (error) {
    return [row(PAGE, 'precache size', 'measured', `failed: ${(error as Error).message.split('\n')[0]}`, false)];
  } finally {
    await browser.close();
  }
}
