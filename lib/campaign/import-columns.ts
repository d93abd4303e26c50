import { z } from 'zod';
import { nameKey } from '@/lib/search/name-key';

/** What the import keeps from each row of the police's list, by the column the importer maps to it. */
export const IMPORT_FIELDS = ['fullName', 'birthYear', 'hamlet', 'address', 'phone', 'idNumber', 'status'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A list can be imported once it has names and, for each person, a khu phố: its own column, or else the address it is found in. */
export const isMappingComplete = (mapping: ColumnMapping) => mapping.fullName !== undefined && (mapping.hamlet !== undefined || mapping.address !== undefined);

/** Which column (its index in the header) holds each field; a field left out is not in the file. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const column = z.preprocess((value) => (value === '' || value === undefined ? undefined : value), z.coerce.number().int().min(0).max(200).optional());

/** The mapping form (GET on the draft page, POST when importing): one column index per field, blank for none. */
export const columnMappingSchema = z.object(Object.fromEntries(IMPORT_FIELDS.map((field) => [field, column])) as Record<ImportField, typeof column>);

// Header words as police and ward offices write them, without diacritics; the first field whose words a header holds wins
// (so "Mức định danh", a status, is read before the ID number's "định danh").
const HEADER_WORDS: [ImportField, RegExp][] = [
  ['status', /\b(trang thai|tinh trang|muc do|muc dinh danh|vneid|status)\b/],
  ['idNumber', /\b(cccd|cmnd|can cuoc|dinh danh|so giay to|ma dinh danh|id)\b/],
  ['phone', /\b(dien thoai|sdt|so dt|di dong|phone|mobile)\b/],
  ['birthYear', /\b(nam sinh|ngay sinh|ngay thang nam sinh|sinh nam|birth|year|dob)\b/],
  ['hamlet', /\b(khu pho|thon|to dan pho|xom|hamlet)\b/],
  ['address', /\b(dia chi|noi o|cho o|so nha|thuong tru|noi thuong tru|address)\b/],
  ['fullName', /\b(ho va ten|ho ten|ten|name)\b/],
];

/** The mapping a header suggests: each field to the first column whose header names it, no column used twice. */
export function guessColumns(header: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const [field, words] of HEADER_WORDS) {
    const index = header.findIndex((text, i) => !used.has(i) && words.test(nameKey(text)));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** The mapped cells of one row, as text. */
export type ImportRow = Partial<Record<ImportField, string>>;

export function mapRows(rows: string[][], mapping: ColumnMapping): ImportRow[] {
  const fields = IMPORT_FIELDS.filter((field) => mapping[field] !== undefined);
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, row[mapping[field]!] ?? ''])));
}

/** The columns no field is mapped to, by their index: the preview names each, so nothing in the file is ignored without a word. */
export function unusedColumns(header: string[], mapping: ColumnMapping): number[] {
  const used = new Set(Object.values(mapping));
  return header.flatMap((_, index) => (used.has(index) ? [] : [index]));
}
