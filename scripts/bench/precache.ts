import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, round, row } from './table';

const MB = 1024 * 1024;
const BUDGET = 1.5 * MB;
const PAGE = 'precache (guides, check, home; vi + en; pictures, JS)';
const GUIDES = 'precache: the guides alone (vi + en) with pictures';
const GUIDE_FILE = /^\/(en\/)?guides(\/|$)|^\/illustrations\//;

/** The worker fetches a page at its address and keeps it under the address with the build's revision added. */
function withoutRevision(url: string): string {
  const address = new URL(url);
  address.searchParams.delete('__WB_REVISION__');
  return address.href;
}

/**
 * What the service worker keeps after one visit: what it downloaded, as
 * Chromium counted the bytes of its requests on the wire (headers and bodies
 * as sent, gzip where the server compresses), and the bodies it stored, read
 * back from Cache Storage once it has taken the page.
 */
export async function precacheRows(baseUrl: string): Promise<Row[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const downloads: Promise<{ url: string; bytes: number }>[] = [];
    context.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      downloads.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize })));
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const { stored, keys } = await page.evaluate(async (guidePattern) => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      const stored = { all: { entries: 0, bytes: 0 }, guides: { entries: 0, bytes: 0 } };
      const keys: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          keys.push(request.url);
          const { size } = await (await cache.match(request))!.blob();
          for (const totals of new RegExp(guidePattern).test(new URL(request.url).pathname) ? [stored.all, stored.guides] : [stored.all]) {
            totals.entries += 1;
            totals.bytes += size;
          }
        }
      }
      return { stored, keys };
    }, GUIDE_FILE.source);
    const kept = new Set(keys.map(withoutRevision));
    const fetched = (await Promise.all(downloads)).filter((download) => kept.has(withoutRevision(download.url)));
    const downloaded = (guidesOnly: boolean) => fetched.filter((d) => !guidesOnly || GUIDE_FILE.test(new URL(d.url).pathname)).reduce((sum, d) => sum + d.bytes, 0);
    const [all, guides] = [downloaded(false), downloaded(true)];
    const mb = (bytes: number) => round(bytes / MB, 2);
    return [
      row(GUIDES, `stored on the phone (decoded), ${stored.guides.entries} files`, '≤ 1.5 MB', mb(stored.guides.bytes), 'MB', stored.guides.bytes <= BUDGET),
      row(GUIDES, 'downloaded by the worker (bytes on the wire)', '—', mb(guides), 'MB', null),
      row(PAGE, `downloaded by the worker (bytes on the wire), ${fetched.length} of ${kept.size} files fetched`, '≤ 1.5 MB', mb(all), 'MB', fetched.length === kept.size && all <= BUDGET),
      row(PAGE, 'stored on the phone (decoded)', '—', mb(stored.all.bytes), 'MB', null),
    ];
  } catch (error) {
    return [row(PAGE, 'precache size', 'measured', `failed: ${(error as Error).message.split('\n')[0]}`, '', false)];
  } finally {
    await browser.close();
  }
}
