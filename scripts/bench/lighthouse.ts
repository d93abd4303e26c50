import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, row } from './table';

/** Lighthouse's default (mobile) config: emulated Moto G Power on simulated slow 4G. */
export async function lighthouseRows(baseUrl: string, paths: string[]): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: Row[] = [];
  try {
    for (const path of paths) {
      const failed = (message: string) => rows.push(row(path, 'Lighthouse', 'runs', `failed: ${message}`, false));
      let lhr;
      try {
        lhr = (await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }))?.lhr;
      } catch (error) {
        failed((error as Error).message);
        continue;
      }
      if (!lhr || lhr.runtimeError) {
        failed(lhr?.runtimeError?.code ?? 'no result');
        continue;
      }
      const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const performance = lhr.categories.performance?.score ?? NaN;
      const accessibility = lhr.categories.accessibility?.score ?? NaN;
      const lcp = value('largest-contentful-paint');
      const tbt = value('total-blocking-time');
      const cls = value('cumulative-layout-shift');
      rows.push(
        row(path, 'Lighthouse performance', '≥ 0.95', performance.toFixed(2), performance >= 0.95),
        row(path, 'Lighthouse accessibility', '= 1.00', accessibility.toFixed(2), accessibility === 1),
        row(path, 'LCP', '≤ 2.0 s', `${(lcp / 1000).toFixed(2)} s`, lcp <= 2000),
        row(path, 'TBT', '≤ 150 ms', `${Math.round(tbt)} ms`, tbt <= 150),
        row(path, 'CLS', '≤ 0.05', cls.toFixed(3), cls <= 0.05),
      );
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
