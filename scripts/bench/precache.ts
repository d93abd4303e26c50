import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, round, row } from './table';

const MB = 1024 * 1024;
const BUDGET = 1.5 * MB;
const PAGE = 'precache (guides, check, home; vi + en; pictures, JS)';
const GUIDES = 'precache: the guides alone (vi + en) with pictures';
const GUIDE_FILE = /^\/(en\/)?guides(\/|$)|^\/illustrations\//;

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
    const { all, guides } = await page.evaluate(async (guidePattern) => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      const all = { entries: 0, stored: 0, gzipped: 0 };
      const guides = { ...all };
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          const body = await (await cache.match(request))!.blob();
          const gzipped = (await new Response(body.stream().pipeThrough(new CompressionStream('gzip'))).blob()).size;
          for (const totals of new RegExp(guidePattern).test(new URL(request.url).pathname) ? [all, guides] : [all]) {
            totals.entries += 1;
            totals.stored += body.size;
            totals.gzipped += gzipped;
          }
        }
      }
      return { all, guides };
    }, GUIDE_FILE.source);
    const mb = (bytes: number) => round(bytes / MB, 2);
    return [
      row(GUIDES, `stored on the phone (decoded), ${guides.entries} files`, '≤ 1.5 MB', mb(guides.stored), 'MB', guides.stored <= BUDGET),
      row(GUIDES, 'downloaded (gzip)', '—', mb(guides.gzipped), 'MB', null),
      row(PAGE, `downloaded (gzip), ${all.entries} files`, '≤ 1.5 MB', mb(all.gzipped), 'MB', all.gzipped <= BUDGET),
      row(PAGE, 'stored on the phone (decoded)', '—', mb(all.stored), 'MB', null),
    ];
  } catch (error) {
    return [row(PAGE, 'precache size', 'measured', `failed: ${(error as Error).message.split('\n')[0]}`, '', false)];
  } finally {
    await browser.close();
  }
}
