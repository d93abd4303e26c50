import { describe, expect, it } from 'vitest';
import { isKioskPath, kioskPathFor } from '@/lib/kiosk/paths';

describe('kioskPathFor', () => {
  it('keeps a kiosk address as it is, query included', () => {
    expect(kioskPathFor('/kiosk/book', '?day=2026-12-03')).toBe('/kiosk/book?day=2026-12-03');
    expect(kioskPathFor('/en/kiosk/home')).toBe('/en/kiosk/home');
  });

  it('sends guides and the check to their kiosk twins, in the same language', () => {
    expect(kioskPathFor('/guides')).toBe('/kiosk/guides');
    expect(kioskPathFor('/guides/activate')).toBe('/kiosk/guides/activate');
    expect(kioskPathFor('/en/start/card-yes/app-no')).toBe('/en/kiosk/start/card-yes/app-no');
  });

  it('books at the kiosk, keeping only what the person needs', () => {
    expect(kioskPathFor('/book', '?need=not-activated&ward=bim-son')).toBe('/kiosk/book?need=not-activated');
    expect(kioskPathFor('/en/book/details', '?point=3&start=x')).toBe('/en/kiosk/book');
  });

  it('leads everything else to the start screen: staff pages, printing, booking links, the home page', () => {
    for (const path of ['/', '/staff/today', '/guides/activate/print', '/booking/ABC123', '/report']) expect(kioskPathFor(path)).toBe('/kiosk');
    expect(kioskPathFor('/en')).toBe('/en/kiosk');
  });

  it('tells kiosk addresses apart in both languages', () => {
    expect(isKioskPath('/kiosk')).toBe(true);
    expect(isKioskPath('/en/kiosk/guides')).toBe(true);
    expect(isKioskPath('/kiosks')).toBe(false);
    expect(isKioskPath('/guides')).toBe(false);
  });
});
