import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, row } from './table';

// Lighthouse's estimates vary from run to run (its own advice is the median of several).
const RUNS = 3;

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** Lighthouse's default (mobile) config: emulated Moto G Power on simulated slow 4G; each value the median of three runs. */
export async function lighthouseRows(baseUrl: string, paths: string[]): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: Row[] = [];
  try {
    for (const path of paths) {
      const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
      let failure: string | undefined;
      for (let run = 0; run < RUNS && !failure; run++) {
        try {
          const lhr = (await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }))?.lhr;
          if (!lhr || lhr.runtimeError) failure = lhr?.runtimeError?.code ?? 'no result';
          else results.push(lhr);
        } catch (error) {
          failure = (error as Error).message;
        }
      }
      if (failure) {
        rows.push(row(path, 'Lighthouse', 'runs', `failed: ${failure}`, false));
        continue;
      }
      const value = (id: string) => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
      const score = (id: string) => median(results.map((lhr) => lhr.categories[id]?.score ?? NaN));
      const performance = score('performance');
      const accessibility = score('accessibility');
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
