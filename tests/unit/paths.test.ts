import { describe, expect, it } from 'vitest';
import { pathFor } from '@/i18n/paths';

describe('page addresses per language', () => {
  it('leaves Vietnamese bare and puts English under /en', () => {
    expect(pathFor('/', 'vi')).toBe('/');
    expect(pathFor('/', 'en')).toBe('/en');
    expect(pathFor('/guides/activate', 'en')).toBe('/en/guides/activate');
    expect(pathFor('/booking/ACD-479?t=abc', 'vi')).toBe('/booking/ACD-479?t=abc');
  });

  it('adds a query, leaving out missing values', () => {
    expect(pathFor({ pathname: '/book', query: { need: 'not-activated', ward: undefined } }, 'en')).toBe('/en/book?need=not-activated');
    expect(pathFor({ pathname: '/report', query: { guide: 'a b' } }, 'vi')).toBe('/report?guide=a+b');
  });
});
