import { describe, expect, it } from 'vitest';
import { isPrerenderedPage, prerenderedRewrites, usesCamera } from '@/lib/http/page-routing.js';

describe('which page is which', () => {
  it('knows the prerendered pages in both languages', () => {
    for (const path of ['/', '/en', '/vi', '/guides', '/en/guides/activate', '/guides/activate/print', '/start', '/start/installed-yes/registered-no', '/booking/resend', '/offline', '/page-not-found', '/en/server-error'])
      expect(isPrerenderedPage(path), path).toBe(true);
    for (const path of ['/book', '/booking/ACD-479', '/staff', '/kiosk/guides/activate', '/en/report', '/guides/activate/print/x', '/english'])
      expect(isPrerenderedPage(path), path).toBe(false);
  });

  it('lets only the check-in page use the camera', () => {
    expect(usesCamera('/staff/check-in')).toBe(true);
    expect(usesCamera('/en/staff/check-in')).toBe(true);
    expect(usesCamera('/staff/today')).toBe(false);
  });

  it('serves the Vietnamese prerendered pages at their bare address', () => {
    expect(prerenderedRewrites()).toContainEqual({ source: '/', destination: '/vi' });
    expect(prerenderedRewrites()).toContainEqual({ source: '/guides/:slug', destination: '/vi/guides/:slug' });
    expect(prerenderedRewrites().every(({ source }) => !source.startsWith('/en'))).toBe(true);
  });
});
