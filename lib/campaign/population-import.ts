import { fileRowNumber, type SpreadsheetText } from '@/lib/spreadsheet/read';
import { nameKey } from '@/lib/search/name-key';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { peopleCell } from './population-schema';

type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface PopulationEntry {
  hamletId: number;
  group: TargetGroup;
  people: number;
  /** Of them, people already at level 2 before the campaign and not in the register; absent: keep the number stored. */
  level2Before?: number;
}

/** An entry read from a file, with the row it came from. */
export type ImportedEntry = PopulationEntry & { row: number };

export type ImportReason = 'unknownHamlet' | 'unknownGroup' | 'badNumber' | 'duplicate' | 'badLevel2' | 'level2WithoutPeople' | 'level2AbovePeople' | 'belowLevel2Before';
export type ImportProblem = { row: number; reason: ImportReason; value: string; first?: number } | { row?: undefined; reason: 'noHamletColumn' | 'noPeopleColumns' | 'empty' };

const HAMLET_HEADERS = ['khu pho', 'thon', 'to dan pho', 'hamlet', 'ma khu pho', 'code'];
const GROUP_HEADERS = ['doi tuong', 'nhom', 'group', 'target group'];
const PEOPLE_HEADERS = ['so nguoi', 'so dan', 'so luong', 'people', 'population', 'number'];
const LEVEL2_HEADERS = ['da co muc 2 truoc chien dich', 'da muc 2 truoc chien dich', 'muc 2 truoc chien dich', 'level 2 before the campaign', 'level 2 before', 'da muc 2', 'muc 2', 'level 2'];
/** A group's own level 2 column: the group's label, then one of those ("Người dân khác - mức 2", "student (level 2)"). */
const GROUP_LEVEL2_HEADER = new RegExp(`^(.+?)[\\s,;:(–-]+(?:${LEVEL2_HEADERS.join('|')})\\)?$`);

/**
 * A population sheet read into entries, all or nothing: a column naming the
 * hamlet (its name or code), then either a group column and a people column,
 * or one column per group (its code, or its label in either language). Of
 * those people, how many were already at level 2 before the campaign may
 * follow: a "mức 2 trước chiến dịch" column, or one per group named by the
 * group then "mức 2"; a blank cell keeps the number stored. Every bad row is
 * reported by its row number in the file and why.
 */
export function parsePopulationSheet(
  sheet: SpreadsheetText,
  hamlets: { id: number; name: string; code: string }[],
  groupLabels: Record<TargetGroup, string[]>,
): { ok: true; entries: ImportedEntry[] } | { ok: false; problems: ImportProblem[] } {
  const header = sheet.header.map(nameKey);
  const groupOf = new Map<string, TargetGroup>(TARGET_GROUPS.flatMap((g) => [g, ...groupLabels[g]].map((label) => [nameKey(label), g] as const)));
  const hamletOf = new Map(hamlets.flatMap((h) => [[nameKey(h.code), h.id] as const, [nameKey(h.name), h.id] as const]));
  const hamletColumn = header.findIndex((h) => HAMLET_HEADERS.includes(h) || h.startsWith('khu pho'));
  if (hamletColumn < 0) return { ok: false, problems: [{ reason: 'noHamletColumn' }] };
  const groupColumn = header.findIndex((h) => GROUP_HEADERS.includes(h));
  const peopleColumn = header.findIndex((h) => PEOPLE_HEADERS.includes(h));
  const groupColumns = header.flatMap((h, i) => (groupOf.has(h) ? [[i, groupOf.get(h)!] as const] : []));
  const level2Column = header.findIndex((h) => LEVEL2_HEADERS.includes(h));
  const level2GroupOf = (h: string) => groupOf.get(GROUP_LEVEL2_HEADER.exec(h)?.[1] ?? '');
  const level2Columns = new Map(header.flatMap((h, i) => (level2GroupOf(h) ? [[level2GroupOf(h)!, i] as const] : [])));
  const long = groupColumn >= 0 && peopleColumn >= 0;
  if (!long && groupColumns.length === 0) return { ok: false, problems: [{ reason: 'noPeopleColumns' }] };

  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];
  const firstRow = new Map<string, number>();
  sheet.rows.forEach((cells, index) => {
    if (cells.every((cell) => cell === '')) return;
    const row = fileRowNumber(index);
    const hamletId = hamletOf.get(nameKey(cells[hamletColumn] ?? ''));
    if (hamletId === undefined) return void problems.push({ row, reason: 'unknownHamlet', value: cells[hamletColumn] ?? '' });
    const cell = (i: number | undefined) => (i === undefined || i < 0 ? '' : (cells[i] ?? ''));
    const figures = long
      ? [[cell(groupColumn), cell(peopleColumn), cell(level2Column)]]
      : groupColumns.map(([i, g]) => [g, cell(i), cell(level2Columns.get(g))]).filter(([, people, level2]) => people !== '' || level2 !== '');
    for (const [groupText, peopleText, level2Text] of figures) {
      const group = groupOf.get(nameKey(groupText));
      if (!group) return void problems.push({ row, reason: 'unknownGroup', value: groupText });
      if (peopleText === '' && level2Text !== '') return void problems.push({ row, reason: 'level2WithoutPeople', value: level2Text });
      const people = peopleCell.safeParse(peopleText);
      if (!people.success) return void problems.push({ row, reason: 'badNumber', value: peopleText });
      const level2 = level2Text === '' ? undefined : peopleCell.safeParse(level2Text);
      if (level2 && !level2.success) return void problems.push({ row, reason: 'badLevel2', value: level2Text });
      if (level2 && level2.data > people.data) return void problems.push({ row, reason: 'level2AbovePeople', value: level2Text });
      const key = `${hamletId}:${group}`;
      if (firstRow.has(key)) return void problems.push({ row, reason: 'duplicate', value: groupText, first: firstRow.get(key) });
      firstRow.set(key, row);
      entries.push({ row, hamletId, group, people: people.data, ...(level2 && { level2Before: level2.data }) });
    }
  });
  if (problems.length) return { ok: false, problems };
  if (entries.length === 0) return { ok: false, problems: [{ reason: 'empty' }] };
  return { ok: true, entries };
}
