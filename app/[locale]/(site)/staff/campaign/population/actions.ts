'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { populationTable, savePopulation } from '@/db/queries/hamlet-population';
import { redirect } from '@/i18n/navigation';
import { type ImportProblem, type PopulationEntry, parsePopulationSheet } from '@/lib/campaign/population-import';
import { type CellError, cellName, level2CellName, peopleCell } from '@/lib/campaign/population-schema';
import { readSpreadsheet, SpreadsheetError, type SpreadsheetProblem } from '@/lib/spreadsheet/read';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { requireStaff } from '@/app/_services/staff/session';
import { textFor } from '@/lib/text';
import { formOf, nextVersion } from '@/lib/form-fields';

export type PopulationFormState = { version: number; values: Record<string, string>; errors?: Record<string, CellError> };
/** Why nothing was imported: bad rows, no file, or the file refused by the reader (too large, unreadable…). */
export type ImportState = { problems?: ImportProblem[]; failure?: 'noFile'; refusal?: Exclude<SpreadsheetProblem, 'empty'> };

/**
 * Saves the whole table, or nothing when a cell is not a whole number or more
 * people were at level 2 before the campaign than live there; a blank cell
 * leaves that figure as it was.
 */
export async function savePopulationAction(previous: PopulationFormState, formData: FormData): Promise<PopulationFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const { db } = await getDatabase();
  const hamlets = await populationTable(db, staff.scope);
  const values: Record<string, string> = {};
  const errors: Record<string, CellError> = {};
  const entries: PopulationEntry[] = [];
  for (const hamlet of hamlets) {
    for (const group of TARGET_GROUPS) {
      const [name, level2Name] = [cellName(hamlet.id, group), level2CellName(hamlet.id, group)];
      values[name] = String(formData.get(name) ?? '').trim();
      values[level2Name] = String(formData.get(level2Name) ?? '').trim();
      const people = peopleCell.safeParse(values[name]);
      const level2 = peopleCell.safeParse(values[level2Name]);
      if (values[name] !== '' && !people.success) errors[name] = 'people';
      if (values[level2Name] !== '' && !level2.success) errors[level2Name] = 'level2';
      else if (values[level2Name] !== '' && values[name] === '') errors[level2Name] = 'level2WithoutPeople';
      else if (people.success && level2.success && level2.data > people.data) errors[level2Name] = 'level2AbovePeople';
      if (people.success) entries.push({ hamletId: hamlet.id, group, people: people.data, ...(level2.success && { level2Before: level2.data }) });
    }
  }
  if (Object.keys(errors).length === 0) {
    const result = await savePopulation(db, staff.scope, staff.user, entries);
    if (result.saved) return redirect({ href: { pathname: '/staff/campaign/population', query: { saved: '1' } }, locale: await getLocale() });
    // A blank level 2 cell keeps the number stored, which a population lowered now may fall below.
    if (result.reason === 'level2-above-people') for (const e of result.entries) errors[level2CellName(e.hamletId, e.group)] = 'level2AbovePeople';
  }
  return { version: nextVersion(previous), values, errors };
}

/** Imports a spreadsheet of populations, all or nothing, naming every bad row. */
export async function importPopulationAction(_: ImportState, formData: FormData): Promise<ImportState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { failure: 'noFile' };
  let sheet;
  try {
    sheet = await readSpreadsheet(await file.arrayBuffer(), file.name);
  } catch (error) {
    if (error instanceof SpreadsheetError) return error.problem === 'empty' ? { problems: [{ reason: 'empty' }] } : { refusal: error.problem };
    throw error;
  }
  const { db } = await getDatabase();
  const hamlets = await populationTable(db, staff.scope);
  const labels = Object.fromEntries(
    TARGET_GROUPS.map((g) => [g, (['vi', 'en'] as const).map((locale) => textFor(locale, 'Staff')(`outcome.groups.${g}`))]),
  ) as Record<(typeof TARGET_GROUPS)[number], string[]>;
  const parsed = parsePopulationSheet(sheet, hamlets, labels);
  if (!parsed.ok) return { problems: parsed.problems };
  // The sheet was read against the hamlets in scope, so every entry is in it; a file without level 2 figures can still fall below those stored.
  const result = await savePopulation(db, staff.scope, staff.user, parsed.entries);
  if (!result.saved && result.reason === 'level2-above-people') return { problems: result.entries.map((e) => ({ row: e.row, reason: 'belowLevel2Before', value: String(e.people) })) };
  return redirect({ href: { pathname: '/staff/campaign/population', query: { imported: String(parsed.entries.length) } }, locale: await getLocale() });
}
