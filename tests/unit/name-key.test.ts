import { describe, expect, it } from 'vitest';
import { ACCENTED, nameKey, nameKeyPattern, PLAIN } from '@/lib/search/name-key';

describe('nameKey', () => {
  it('keys a name typed with or without diacritics, in any case, the same', () => {
    const stored = nameKey('Nguyễn Thị Hường');
    expect(stored).toBe('nguyen thi huong');
    for (const typed of ['huong', 'HƯỜNG', 'Hường', 'Huong', 'hƯỜng']) expect(stored).toContain(nameKey(typed));
  });

  it('keys decomposed (NFD) text like composed text', () => {
    const nfd = 'Nguyễn Thị Hường'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Thị Hường');
    expect(nameKey(nfd)).toBe('nguyen thi huong');
  });

  it('maps đ and Đ to d and collapses spaces', () => {
    expect(nameKey('  Đỗ   Văn  Đạt ')).toBe('do van dat');
  });

  it('gives SQL translate one plain letter per accented letter', () => {
    expect([...ACCENTED]).toHaveLength([...PLAIN].length);
  });

  it('escapes LIKE wildcards typed by people', () => {
    expect(nameKeyPattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
