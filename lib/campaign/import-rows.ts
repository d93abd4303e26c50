import { fileRowNumber } from '@/lib/spreadsheet/read';
import { normalizePhone } from '@/lib/phone';
import { nameKey } from '@/lib/search/name-key';
import type { ImportRow } from './import-columns';
import type { HamletMatch } from './hamlet-match';
import { idNumberDigits } from './person-key';
import { personName } from './person-name';
import { isLevel2 } from './police-status';

export const ROW_PROBLEMS = [
  'name-missing',
  'name-too-long',
  'address-too-long',
  'year-invalid',
  'date-invalid',
  'hamlet-missing',
  'hamlet-not-found',
  'hamlet-ambiguous',
  'phone-invalid',
  'id-invalid',
  'id-duplicate',
  'person-duplicate',
  'status-invalid',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

/** A row that will be imported, as it will be stored (the ID number only to make its key, never kept). */
export interface ImportPerson {
  row: number;
  fullName: string;
  birthYear: number | null;
  hamletId: number;
  /** The address the list gives ('' without one): the visit list groups households by it. */
  address: string;
  phone: string | null;
  idNumber: string | null;
  /** The status column says level 2 (false without one). */
  level2: boolean;
}

export interface RowReport {
  row: number;
  problems: RowProblem[];
}

const FIRST_YEAR = 1900;
const YEAR = /^\d{4}$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/;

type BirthDate = { year: number; month: number; day: number };

/**
 * A year of birth from "1985", "1985-03-02", "02/03/1985" or "2.3.1985". A
 * date must be a day that exists: 31/02/1990 is a mistake in the file, not
 * 1990, so it is refused rather than read as its year.
 */
export function birthYearOf(text: string, thisYear: number): { year: number } | { problem: 'year-invalid' | 'date-invalid' } {
  const iso = ISO_DATE.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const date: BirthDate | undefined = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : dayFirst
      ? { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) }
      : undefined;
  const year = date?.year ?? (YEAR.test(text) ? Number(text) : NaN);
  if (!(year >= FIRST_YEAR && year <= thisYear)) return { problem: 'year-invalid' };
  if (date && !isRealDay(date)) return { problem: 'date-invalid' };
  return { year };
}

function isRealDay({ year, month, day }: BirthDate) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
    const fullName = personName(cells.fullName ?? '');
    if (fullName.length < 2) problems.push('name-missing');
    else if (fullName.length > 100) problems.push('name-too-long');
    const yearText = (cells.birthYear ?? '').trim();
    const born = yearText ? birthYearOf(yearText, thisYear) : undefined;
    if (born && 'problem' in born) problems.push(born.problem);
    const birthYear = born && 'year' in born ? born.year : null;
    const address = personName(cells.address ?? '');
    if (address.length > 200) problems.push('address-too-long');
    // Without a khu phố column, the khu phố is the one the address names ("Số 12, Khu phố 5, phường Bỉm Sơn").
    const hamletText = (cells.hamlet ?? address).normalize('NFC').trim();
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
    const level2 = cells.status === undefined ? false : isLevel2(cells.status);
    if (level2 === null) problems.push('status-invalid');
    if (problems.length || !('id' in hamlet)) reports.push({ row, problems });
    else people.push({ row, fullName, birthYear, hamletId: hamlet.id, address, phone, idNumber, level2: level2 === true });
  });
  return { people, reports };
}
