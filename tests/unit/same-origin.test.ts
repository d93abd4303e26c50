import { describe, expect, it } from 'vitest';
import { isFromAnotherSite, isRefusedAsCrossSite, isSameOrigin } from '@/lib/http/same-origin';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('the cross-site request check', () => {
  it('accepts a post from the same host', () => {
    expect(isSameOrigin(h({ host: 'localhost:3000', origin: 'http://localhost:3000' }), false)).toBe(true);
    expect(isSameOrigin(h({ host: 'localhost:3000', referer: 'http://localhost:3000/staff' }), false)).toBe(true);
  });

  it('refuses another site, an opaque origin, or no origin at all', () => {
    expect(isSameOrigin(h({ host: 'localhost:3000', origin: 'https://evil.example' }), false)).toBe(false);
    expect(isSameOrigin(h({ host: 'localhost:3000', origin: 'null' }), false)).toBe(false);
    expect(isSameOrigin(h({ host: 'localhost:3000' }), false)).toBe(false);
  });

  it('uses the forwarded host only behind a trusted proxy', () => {
    const headers = h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'vneid.example', origin: 'https://vneid.example' });
    expect(isSameOrigin(headers, true)).toBe(true);
    expect(isSameOrigin(headers, false)).toBe(false);
  });
});

describe('another site, as the JSON API tells it', () => {
  it('refuses a foreign or opaque Origin, or a browser saying another site sent it', () => {
    expect(isFromAnotherSite(h({ host: 'localhost:3000', origin: 'https://evil.example' }), false)).toBe(true);
    expect(isFromAnotherSite(h({ host: 'localhost:3000', origin: 'null' }), false)).toBe(true);
    expect(isFromAnotherSite(h({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }), false)).toBe(true);
    expect(isFromAnotherSite(h({ host: 'localhost:3000', 'sec-fetch-site': 'same-site' }), false)).toBe(true);
  });

  it('lets through this site and a program that sends neither header', () => {
    expect(isFromAnotherSite(h({ host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }), false)).toBe(false);
    expect(isFromAnotherSite(h({ host: 'localhost:3000' }), false)).toBe(false);
    expect(isFromAnotherSite(h({ host: 'localhost:3000', 'sec-fetch-site': 'none' }), false)).toBe(false);
    expect(isFromAnotherSite(h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'vneid.example', origin: 'https://vneid.example' }), true)).toBe(false);
  });
});

describe('one rule for every path', () => {
  it('lets reads through, holds pages to their own origin and the API to a browser saying another site sent it', () => {
    const foreign = h({ host: 'localhost:3000', origin: 'https://evil.example' });
    const program = h({ host: 'localhost:3000' });
    expect(isRefusedAsCrossSite('GET', '/book', foreign)).toBe(false);
    expect(isRefusedAsCrossSite('POST', '/book', foreign)).toBe(true);
    expect(isRefusedAsCrossSite('POST', '/book', program)).toBe(true);
    expect(isRefusedAsCrossSite('DELETE', '/api/bookings/ABC-DEF', foreign)).toBe(true);
    expect(isRefusedAsCrossSite('POST', '/api/bookings', program)).toBe(false);
    // An encoded address is not the API's: the stricter rule of pages applies.
    expect(isRefusedAsCrossSite('POST', '/%61pi/bookings', program)).toBe(true);
  });
});
