import { fileRowNumber, type SpreadsheetText } from '@/lib/spreadsheet/read';
import { nameKey } from '@/lib/search/name-key';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { peopleCell } from './population-schema';

type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface PopulationEntry {
  hamletId: number;
  group: TargetGroup;
  people: number;
}

export type ImportReason = 'unknownHamlet' | 'unknownGroup' | 'badNumber' | 'duplicate';
export type ImportProblem = { row: number; reason: ImportReason; value: string; first?: number } | { row?: undefined; reason: 'noHamletColumn' | 'noPeopleColumns' | 'empty' };

const HAMLET_HEADERS = ['khu pho', 'thon', 'to dan pho', 'hamlet', 'ma khu pho', 'code'];
const GROUP_HEADERS = ['doi tuong', 'nhom', 'group', 'target group'];
const PEOPLE_HEADERS = ['so nguoi', 'so dan', 'so luong', 'people', 'population', 'number'];

/**
 * A population sheet read into entries, all or nothing: a column naming the
 * hamlet (its name or code), then either a group column and a people column,
 * or one column per group (its code, or its label in either language). Every
 * bad row is reported by its row number in the file and why.
 */
export function parsePopulationSheet(
  sheet: SpreadsheetText,
  hamlets: { id: number; name: string; code: string }[],
  groupLabels: Record<TargetGroup, string[]>,
): { ok: true; entries: PopulationEntry[] } | { ok: false; problems: ImportProblem[] } {
  const header = sheet.header.map(nameKey);
  const groupOf = new Map<string, TargetGroup>(TARGET_GROUPS.flatMap((g) => [g, ...groupLabels[g]].map((label) => [nameKey(label), g] as const)));
  const hamletOf = new Map(hamlets.flatMap((h) => [[nameKey(h.code), h.id] as const, [nameKey(h.name), h.id] as const]));
  const hamletColumn = header.findIndex((h) => HAMLET_HEADERS.includes(h) || h.startsWith('khu pho'));
  if (hamletColumn < 0) return { ok: false, problems: [{ reason: 'noHamletColumn' }] };
  const groupColumn = header.findIndex((h) => GROUP_HEADERS.includes(h));
  const peopleColumn = header.findIndex((h) => PEOPLE_HEADERS.includes(h));
  const groupColumns = header.flatMap((h, i) => (groupOf.has(h) ? [[i, groupOf.get(h)!] as const] : []));
  const long = groupColumn >= 0 && peopleColumn >= 0;
  if (!long && groupColumns.length === 0) return { ok: false, problems: [{ reason: 'noPeopleColumns' }] };

  const entries: PopulationEntry[] = [];
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  sheet.rows.forEach((cells, index) => {
    if (cells.every((cell) => cell === '')) return;
    const row = fileRowNumber(index);
    const hamletId = hamletOf.get(nameKey(cells[hamletColumn] ?? ''));
    if (hamletId === undefined) return void problems.push({ row, reason: 'unknownHamlet', value: cells[hamletColumn] ?? '' });
    const pairs: [string, string][] = long ? [[cells[groupColumn] ?? '', cells[peopleColumn] ?? '']] : groupColumns.map(([i, g]) => [g, cells[i] ?? ''] as [string, string]).filter(([, v]) => v !== '');
    for (const [groupText, peopleText] of pairs) {
      const group = groupOf.get(nameKey(groupText));
      if (!group) return void problems.push({ row, reason: 'unknownGroup', value: groupText });
      const people = peopleCell.safeParse(peopleText);
      if (!people.success) return void problems.push({ row, reason: 'badNumber', value: peopleText });
      const key = `${hamletId}:${group}`;
      if (firstRow.has(key)) return void problems.push({ row, reason: 'duplicate', value: groupText, first: firstRow.get(key) });
      firstRow.set(key, row);
      entries.push({ hamletId, group, people: people.data });
    }
  });
  if (problems.length) return { ok: false, problems };
  if (entries.length === 0) return { ok: false, problems: [{ reason: 'empty' }] };
  return { ok: true, entries };
}
