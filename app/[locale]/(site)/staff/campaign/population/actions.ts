'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { populationTable, savePopulation } from '@/db/queries/hamlet-population';
import { redirect } from '@/i18n/navigation';
import { type ImportProblem, type PopulationEntry, parsePopulationSheet } from '@/lib/campaign/population-import';
import { cellName, peopleCell } from '@/lib/campaign/population-schema';
import { readSpreadsheet, SpreadsheetError } from '@/lib/spreadsheet/read';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { requireStaff } from '@/lib/staff/session';
import { textFor } from '@/lib/text';
import { formOf, nextVersion } from '@/lib/form-fields';

export type PopulationFormState = { version: number; values: Record<string, string>; errors?: string[] };
export type ImportState = { problems?: ImportProblem[]; failure?: 'noFile' | 'unreadable' };

/** Saves the whole table, or nothing when a cell is not a whole number; a blank cell leaves that figure as it was. */
export async function savePopulationAction(previous: PopulationFormState, formData: FormData): Promise<PopulationFormState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const { db } = await getDatabase();
  const hamlets = await populationTable(db, staff.scope);
  const values: Record<string, string> = {};
  const errors: string[] = [];
  const entries: PopulationEntry[] = [];
  for (const hamlet of hamlets) {
    for (const group of TARGET_GROUPS) {
      const name = cellName(hamlet.id, group);
      values[name] = String(formData.get(name) ?? '').trim();
      if (values[name] === '') continue;
      const people = peopleCell.safeParse(values[name]);
      if (people.success) entries.push({ hamletId: hamlet.id, group, people: people.data });
      else errors.push(name);
    }
  }
  if (errors.length) return { version: nextVersion(previous), values, errors };
  await savePopulation(db, staff.scope, staff.user, entries);
  return redirect({ href: { pathname: '/staff/campaign/population', query: { saved: '1' } }, locale: await getLocale() });
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
    if (error instanceof SpreadsheetError) return error.problem === 'empty' ? { problems: [{ reason: 'empty' }] } : { failure: error.problem === 'unsupported-type' ? 'noFile' : 'unreadable' };
    throw error;
  }
  const { db } = await getDatabase();
  const hamlets = await populationTable(db, staff.scope);
  const labels = Object.fromEntries(
    TARGET_GROUPS.map((g) => [g, (['vi', 'en'] as const).map((locale) => textFor(locale, 'Staff')(`outcome.groups.${g}`))]),
  ) as Record<(typeof TARGET_GROUPS)[number], string[]>;
  const parsed = parsePopulationSheet(sheet, hamlets, labels);
  if (!parsed.ok) return { problems: parsed.problems };
  // The sheet was read against the hamlets in scope, so every entry is in it.
  await savePopulation(db, staff.scope, staff.user, parsed.entries);
  return redirect({ href: { pathname: '/staff/campaign/population', query: { imported: String(parsed.entries.length) } }, locale: await getLocale() });
}
