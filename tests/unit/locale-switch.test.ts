import { describe, expect, it } from 'vitest';
import { localizedPath } from '@/i18n/paths';

describe('the language switch', () => {
  it('adds /en for English and drops it for Vietnamese', () => {
    expect(localizedPath('/guides/activate', 'en')).toBe('/en/guides/activate');
    expect(localizedPath('/en/guides/activate', 'vi')).toBe('/guides/activate');
    expect(localizedPath('/', 'en')).toBe('/en');
    expect(localizedPath('/en', 'vi')).toBe('/');
  });

  it('understands the internal /vi path of prerendered pages', () => {
    expect(localizedPath('/vi/start', 'en')).toBe('/en/start');
    expect(localizedPath('/vi/start', 'vi')).toBe('/start');
  });

  it('keeps the query, so a booking link keeps its secret', () => {
    expect(localizedPath('/booking/ACD479', 'en', 't=abc%2Bdef')).toBe('/en/booking/ACD479?t=abc%2Bdef');
    expect(localizedPath('/en/book', 'vi', 'ward=dong-son&day=2026-12-03')).toBe('/book?ward=dong-son&day=2026-12-03');
  });
});
