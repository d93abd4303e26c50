/**
 * How a name is searched: without diacritics, in lower case, so "huong",
 * "HƯỜNG" and "Hường" all find "Nguyễn Thị Hường". The same letter table
 * builds the database's generated `name_key` columns (SQL translate) and the
 * key of a typed term, so the two can never disagree.
 */
const FAMILIES: Record<string, string> = {
  a: 'àáảãạăằắẳẵặâầấẩẫậ',
  e: 'èéẻẽẹêềếểễệ',
  i: 'ìíỉĩị',
  o: 'òóỏõọôồốổỗộơờớởỡợ',
  u: 'ùúủũụưừứửữự',
  y: 'ỳýỷỹỵ',
  d: 'đ',
};

const pairs = Object.entries(FAMILIES).flatMap(([plain, letters]) => [...letters].flatMap((letter) => [[letter, plain], [letter.toUpperCase(), plain]]));

/** SQL translate()'s two arguments: every accented letter, and its plain lower-case letter at the same position. */
export const ACCENTED = pairs.map(([letter]) => letter).join('');
export const PLAIN = pairs.map(([, plain]) => plain).join('');

const plainOf = new Map(pairs as [string, string][]);

/** The search key of a name or a typed term: NFC first, so text typed in decomposed form (NFD) keys the same. */
export function nameKey(text: string): string {
  return [...text.normalize('NFC')]
    .map((char) => plainOf.get(char) ?? char)
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern finding the term's key anywhere in a name key; % and _ typed by people match themselves. */
export const nameKeyPattern = (term: string) => `%${nameKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
