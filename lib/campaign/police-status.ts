import { nameKey } from '@/lib/search/name-key';

// As police lists write a person's VNeID level, compared without diacritics, case or punctuation.
const NOT_YET = [/^$/, /^chua\b/, /^da duyet\b/, /^(.* )?(muc|level|cap)( do)? ?1$/, /^1$/];
const LEVEL_2 = [/^(da )?kich hoat( (tai khoan )?(muc|level)( do)? ?2)?$/, /^(da (dat|len|co) )?(muc|level|cap)( do)? ?2$/, /^2$/];

/**
 * Whether a status cell says the person is at level 2 ("Mức 2", "Đã kích
 * hoạt", "level 2", "2") or not yet ("Chưa kích hoạt", "Đã duyệt", "Mức 1",
 * blank); null for words it cannot tell, which the import refuses rather than guess.
 */
export function isLevel2(text: string): boolean | null {
  const key = nameKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (NOT_YET.some((words) => words.test(key))) return false;
  if (LEVEL_2.some((words) => words.test(key))) return true;
  return null;
}
