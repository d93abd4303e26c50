import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { type Row, round, row } from './table';

// Lighthouse's estimates vary from run to run (its own advice is the median of several).
const MIN_RUNS = 5;
const MAX_RUNS = 9;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Each figure, read from one run, and how far its median may move on one more run and still count as settled. */
const FIGURES = {
  performance: { read: (lhr: Lhr) => lhr.categories.performance?.score ?? NaN, margin: 0.01 },
  accessibility: { read: (lhr: Lhr) => lhr.categories.accessibility?.score ?? NaN, margin: 0 },
  lcp: { read: (lhr: Lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN, margin: 100 },
  tbt: { read: (lhr: Lhr) => lhr.audits['total-blocking-time']?.numericValue ?? NaN, margin: 25 },
  cls: { read: (lhr: Lhr) => lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN, margin: 0.01 },
};
type Figure = keyof typeof FIGURES;

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Whether the last run moved no figure's median by more than its margin. */
const settled = (runs: Lhr[]) =>
  (Object.keys(FIGURES) as Figure[]).every((figure) => {
    const values = runs.map(FIGURES[figure].read);
    return Math.abs(median(values) - median(values.slice(0, -1))) <= FIGURES[figure].margin;
  });

/**
 * Lighthouse's default (mobile) config: emulated Moto G Power on simulated
 * slow 4G. At least MIN_RUNS runs per page, then more (up to MAX_RUNS) while
 * one more run still moves a median by more than its margin; each value is
 * the median, with the range of the runs beside it, marked when MAX_RUNS
 * runs did not settle it. A `reference` page gets its performance and TBT
 * under that name, without targets.
 */
export async function lighthouseRows(baseUrl: string, paths: string[], reference?: string): Promise<Row[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const rows: Row[] = [];
  try {
    for (const path of paths) {
      const runs: Lhr[] = [];
      let failure: string | undefined;
      while (!failure && runs.length < MAX_RUNS && (runs.length < MIN_RUNS || !settled(runs))) {
        try {
          const lhr = (await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }))?.lhr;
          if (!lhr || lhr.runtimeError) failure = lhr?.runtimeError?.code ?? 'no result';
          else runs.push(lhr);
        } catch (error) {
          failure = (error as Error).message;
        }
      }
      if (failure) {
        rows.push(row(path, 'Lighthouse', 'runs', `failed: ${failure}`, '', false));
        continue;
      }
      const values = (figure: Figure) => runs.map(FIGURES[figure].read);
      const spread = (figure: Figure, scale = 1, digits = 0) => `${round(Math.min(...values(figure)) / scale, digits)}–${round(Math.max(...values(figure)) / scale, digits)}`;
      const of = `median of ${runs.length}${settled(runs) ? '' : ', still moving'}`;
      const performance = median(values('performance'));
      const accessibility = median(values('accessibility'));
      const lcp = median(values('lcp'));
      const tbt = median(values('tbt'));
      const cls = median(values('cls'));
      // A reference page's figures stand under its name, beside the targets rather than judged by them.
      const judged = (metric: string, target: string, value: number, unit: string, pass: boolean) =>
        reference ? row(reference, metric, '—', value, unit, null) : row(path, metric, target, value, unit, pass);
      const performanceRow = judged(`Lighthouse performance (${of}, ${spread('performance', 1, 2)})`, '≥ 0.95', round(performance, 2), '', performance >= 0.95);
      const tbtRow = judged(`TBT (${of}, ${spread('tbt')} ms)`, '≤ 150 ms', round(tbt), 'ms', tbt <= 150);
      rows.push(
        ...(reference
          ? [performanceRow, tbtRow]
          : [
              performanceRow,
              judged(`Lighthouse accessibility (${of})`, '= 1.00', round(accessibility, 2), '', accessibility === 1),
              judged(`LCP (${of}, ${spread('lcp', 1000, 2)} s)`, '≤ 2.0 s', round(lcp / 1000, 2), 's', lcp <= 2000),
              tbtRow,
              judged(`CLS (${of})`, '≤ 0.05', round(cls, 3), '', cls <= 0.05),
            ]),
      );
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
