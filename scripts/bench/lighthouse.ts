import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { type Row, row } from './table';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const KB = 1024;

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/**
 * Lighthouse's mobile preset (emulated mid-range phone, simulated slow 4G) on
 * each page, plus the bytes a first visit transfers, read from the same run.
 */
export async function lighthouseRows(baseUrl: string, paths: string[]): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
  const rows: Row[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] })?.items ?? []) as NetworkItem[];
      const js = items.filter((i) => i.resourceType === 'Script').reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      const total = items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
      const performance = lhr.categories.performance?.score ?? 0;
      const accessibility = lhr.categories.accessibility?.score ?? 0;
      rows.push(
        row(path, 'JS transferred (gzip)', '≤ 150 KB', `${(js / KB).toFixed(1)} KB`, js <= 150 * KB),
        row(path, 'all bytes, first load', '≤ 250 KB', `${(total / KB).toFixed(1)} KB`, total <= 250 * KB),
        row(path, 'Lighthouse performance', '≥ 0.95', performance.toFixed(2), performance >= 0.95),
        row(path, 'Lighthouse accessibility', '= 1.00', accessibility.toFixed(2), accessibility === 1),
        row(path, 'LCP', '≤ 2.0 s', `${(audit('largest-contentful-paint') / 1000).toFixed(2)} s`, audit('largest-contentful-paint') <= 2000),
        row(path, 'TBT', '≤ 150 ms', `${Math.round(audit('total-blocking-time'))} ms`, audit('total-blocking-time') <= 150),
        row(path, 'CLS', '≤ 0.05', audit('cumulative-layout-shift').toFixed(3), audit('cumulative-layout-shift') <= 0.05),
      );
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
