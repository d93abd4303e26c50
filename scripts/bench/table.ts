import fs from 'node:fs';
import path from 'node:path';
import type { Machine } from './machine';

/** One line of the bench report; pass is null for figures printed without a target. */
export interface Row {
  /** What was measured: a page, a route, the server, the database. */
  subject: string;
  metric: string;
  /** As printed, with its unit: '≤ 100 ms', or '—' for none. */
  target: string;
  /** A number in `unit`, or words where there is no number ('failed: …'). */
  measured: number | string;
  unit: string;
  pass: boolean | null;
}

export function row(subject: string, metric: string, target: string, measured: number | string, unit: string, pass: boolean | null): Row {
  return { subject, metric, target, measured, unit, pass };
}

/** A number rounded to `digits` decimals, as the table and the JSON show it. */
export const round = (value: number, digits = 0) => Number(value.toFixed(digits));

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const mark = (pass: boolean | null) => (pass === null ? '' : pass ? '✓' : '✗');
const measuredText = (r: Row) => (typeof r.measured === 'number' && r.unit ? `${r.measured} ${r.unit}` : String(r.measured));

export function describeMachine(m: Machine): string {
  return `${m.date}, ${m.cpu} (${m.cores} cores, load average ${m.loadAverage} at the start), ${m.ramGb} GB RAM, Node ${m.node}, ${m.postgres ?? 'no PostgreSQL'}, ${m.settings}`;
}

/** The rows as one Markdown table under the machine it ran on, followed by how many targets were met. */
export function formatTable(rows: Row[], machine: Machine): string {
  const lines = [`Measured ${describeMachine(machine)}.`, '', '| subject | metric | target | measured | ok |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${[r.subject, r.metric, r.target, measuredText(r), mark(r.pass)].map(cell).join(' | ')} |`);
  const judged = rows.filter((r) => r.pass !== null);
  return `${lines.join('\n')}\n\n${judged.filter((r) => r.pass).length} of ${judged.length} targets met.`;
}

/**
 * bench/results.json: the list of rows, each `{ metric, target, measured, unit, pass }`
 * with the subject folded into the metric; bench/machine.json beside it says
 * on what and when, so the list stays the plain list the issue asks for.
 */
export function writeResults(dir: string, rows: Row[], machine: Machine): void {
  fs.mkdirSync(dir, { recursive: true });
  const list = rows.map((r) => ({ metric: `${r.subject}: ${r.metric}`, target: r.target, measured: r.measured, unit: r.unit, pass: r.pass }));
  fs.writeFileSync(path.join(dir, 'results.json'), `${JSON.stringify(list, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'machine.json'), `${JSON.stringify(machine, null, 2)}\n`);
}
