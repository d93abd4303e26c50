/** One line of the bench report; ok is null for numbers printed without a target. */
export interface Row {
  page: string;
  metric: string;
  target: string;
  measured: string;
  ok: boolean | null;
}

export function row(page: string, metric: string, target: string, measured: string, ok: boolean | null): Row {
  return { page, metric, target, measured, ok };
}

export function printTable(rows: Row[]): void {
  const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');
  console.log('\n| page | metric | target | measured | ok |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.page} | ${r.metric} | ${r.target} | ${r.measured} | ${mark(r.ok)} |`);
  const judged = rows.filter((r) => r.ok !== null);
  console.log(`\n${judged.filter((r) => r.ok).length} of ${judged.length} targets met.`);
}
