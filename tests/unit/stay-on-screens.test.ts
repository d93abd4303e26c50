import { describe, expect, it } from 'vitest';
import { sendsKioskCookie } from '@/lib/kiosk/paths';
import { kioskRedirect, opensPage } from '@/lib/kiosk/stay-on-screens';

const kiosk = (path: string, search = '') => ({ path, search, kioskDevice: true });
const other = (path: string, search = '') => ({ path, search, kioskDevice: false });

describe('a kiosk device stays on its screens', () => {
  it('is sent from any other page it opens to the kiosk twin or the start screen, in the same language', () => {
    expect(kioskRedirect(kiosk('/guides/activate'), true)).toBe('/kiosk/guides/activate');
    expect(kioskRedirect(kiosk('/en/start/card-yes'), true)).toBe('/en/kiosk/start/card-yes');
    expect(kioskRedirect(kiosk('/book', '?need=not-activated&ward=bim-son'), true)).toBe('/kiosk/book?need=not-activated');
    for (const path of ['/', '/staff/today', '/booking/ABC-123', '/apiary']) expect(kioskRedirect(kiosk(path), true), path).toBe('/kiosk');
  });

  it('keeps its own screens, and the public pages its service worker downloads stay the site’s own', () => {
    expect(kioskRedirect(kiosk('/kiosk/home'), true)).toBeUndefined();
    expect(kioskRedirect(kiosk('/en/kiosk/book', '?day=2026-12-03'), true)).toBeUndefined();
    expect(kioskRedirect(kiosk('/guides/activate'), false)).toBeUndefined();
  });

  it('tells a page being opened from a download or the router’s fetch', () => {
    expect(opensPage({})).toBe(true);
    expect(opensPage({ 'sec-fetch-mode': 'navigate' })).toBe(true);
    expect(opensPage({ 'sec-fetch-mode': 'same-origin' })).toBe(false);
    expect(opensPage({ 'sec-fetch-mode': 'cors', rsc: '1' })).toBe(false);
  });
});

describe('a device that is not a kiosk', () => {
  it('gets "not a kiosk" at every kiosk address, and the site elsewhere', () => {
    expect(kioskRedirect(other('/kiosk'), true)).toBe('/kiosk/closed');
    expect(kioskRedirect(other('/en/kiosk/guides/activate'), false)).toBe('/en/kiosk/closed');
    expect(kioskRedirect(other('/kiosk/closed'), true)).toBeUndefined();
    for (const path of ['/', '/guides', '/kiosks', '/staff/kiosks']) expect(kioskRedirect(other(path), true), path).toBeUndefined();
  });
});

it('knows a kiosk by its cookie, over HTTP or HTTPS', () => {
  expect(sendsKioskCookie('vneid_kiosk=abc')).toBe(true);
  expect(sendsKioskCookie('a=1; __Host-vneid_kiosk=abc')).toBe(true);
  expect(sendsKioskCookie('xvneid_kiosk=abc; vneid_kiosks=1')).toBe(false);
  expect(sendsKioskCookie()).toBe(false);
});
