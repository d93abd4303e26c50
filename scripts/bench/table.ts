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

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');

/** The rows as one Markdown table, followed by how many targets were met. */
export function formatTable(rows: Row[]): string {
  const lines = ['| page | metric | target | measured | ok |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${[r.page, r.metric, r.target, r.measured, mark(r.ok)].map(cell).join(' | ')} |`);
  const judged = rows.filter((r) => r.ok !== null);
  return `${lines.join('\n')}\n\n${judged.filter((r) => r.ok).length} of ${judged.length} targets met.`;
}
