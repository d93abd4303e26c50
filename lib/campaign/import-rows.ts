import { fileRowNumber } from '@/lib/spreadsheet/read';
import { normalizePhone } from '@/lib/phone';
import { nameKey } from '@/lib/search/name-key';
import type { ImportRow } from './import-columns';
import type { HamletMatch } from './hamlet-match';
import { idNumberDigits } from './person-key';

export const ROW_PROBLEMS = ['name-missing', 'name-too-long', 'year-invalid', 'hamlet-missing', 'hamlet-not-found', 'hamlet-ambiguous', 'phone-invalid', 'id-invalid', 'id-duplicate', 'person-duplicate'] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** A row that will be imported, as it will be stored (the ID number only to make its key, never kept). */
export interface ImportPerson {
  row: number;
  fullName: string;
  birthYear: number | null;
  hamletId: number;
  phone: string | null;
  idNumber: string | null;
}

export interface RowReport {
  row: number;
  problems: RowProblem[];
}

const FIRST_YEAR = 1900;

/** A year of birth from "1985", "1985-03-02", "02/03/1985" or "2.3.1985"; null when the text holds none. */
export function birthYearOf(text: string, thisYear: number): number | null {
  const match = /^(\d{4})(?:-\d{1,2}-\d{1,2})?$/.exec(text) ?? /^\d{1,2}[/.\-]\d{1,2}[/.\-](\d{4})$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  return year >= FIRST_YEAR && year <= thisYear ? year : null;
}

const isBlank = (row: ImportRow) => Object.values(row).every((cell) => !cell?.trim());

/**
 * Checks every row of a mapped list and says what is wrong with each bad one,
 * by its row number in the file. Blank rows are skipped; a person listed twice
 * (same ID number, or without ID numbers the same name, year and hamlet) is a
 * problem on the second row, since the list should name each person once.
 */
export function checkRows(rows: ImportRow[], findHamlet: (text: string) => HamletMatch, thisYear: number) {
  const people: ImportPerson[] = [];
  const reports: RowReport[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, index) => {
    if (isBlank(cells)) return;
    const row = fileRowNumber(index);
    const problems: RowProblem[] = [];
    const fullName = (cells.fullName ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (fullName.length < 2) problems.push('name-missing');
    else if (fullName.length > 100) problems.push('name-too-long');
    const yearText = (cells.birthYear ?? '').trim();
    const birthYear = yearText ? birthYearOf(yearText, thisYear) : null;
    if (cells.birthYear !== undefined && birthYear === null) problems.push('year-invalid');
    const hamletText = (cells.hamlet ?? '').normalize('NFC').trim();
    const hamlet = hamletText ? findHamlet(hamletText) : { problem: 'hamlet-missing' as const };
    if ('problem' in hamlet) problems.push(hamlet.problem);
    const phoneText = (cells.phone ?? '').trim();
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone) problems.push('phone-invalid');
    const idNumber = cells.idNumber === undefined ? null : idNumberDigits(cells.idNumber);
    if (cells.idNumber !== undefined && !idNumber) problems.push('id-invalid');
    const identity = idNumber ? `id:${idNumber}` : 'id' in hamlet ? `person:${nameKey(fullName)}|${birthYear}|${hamlet.id}` : null;
    if (identity && seen.has(identity)) problems.push(idNumber ? 'id-duplicate' : 'person-duplicate');
    if (identity) seen.add(identity);
    if (problems.length || !('id' in hamlet)) reports.push({ row, problems });
    else people.push({ row, fullName, birthYear, hamletId: hamlet.id, phone, idNumber });
  });
  return { people, reports };
}
