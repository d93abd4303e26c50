import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPrerenderedPage } from '@/lib/http/security-headers.js';
import { requestKind } from '@/lib/http/request-kind';

// The proxy's matcher must be a literal (Next.js reads it at build time), so it is held here to the one rule.
const matcherSource = fs.readFileSync('proxy.ts', 'utf8').match(/matcher: \[\s*(?:\/\/.*\s*)*'([^']*)'/)![1].replace(/\\\\/g, '\\');
const pagesMatcher = new RegExp(`^${matcherSource}$`);

describe('what an address is', () => {
  it('is decided once: the API, the framework’s files, other files, pages', () => {
    expect(['/api', '/api/', '/api/bookings/ABC'].map(requestKind)).toEqual(['api', 'api', 'api']);
    // Once a page to one rule and the API to another.
    expect(['/apiary', '/api-docs', '/_nextish', '/staff/today'].map(requestKind)).toEqual(['page', 'page', 'page', 'page']);
    expect(['/_next/static/chunks/a.js', '/_next/image'].map(requestKind)).toEqual(['framework-file', 'framework-file']);
    expect(['/favicon.ico', '/manifest.webmanifest', '/serwist/sw.js'].map(requestKind)).toEqual(['file', 'file', 'file']);
  });

  it('agrees with the proxy’s matcher: it runs for exactly the pages rendered per request', () => {
    const addresses = ['/', '/en', '/guides', '/en/guides/activate', '/guides/activate/print', '/start/a/b', '/offline', '/booking/resend', '/staff', '/staff/today', '/en/book', '/book/details', '/booking/ABC-DEF', '/kiosk', '/apiary', '/api/bookings', '/_next/static/x.js', '/favicon.ico'];
    for (const address of addresses) {
      expect(pagesMatcher.test(address), address).toBe(requestKind(address) === 'page' && !isPrerenderedPage(address));
    }
  });
});
