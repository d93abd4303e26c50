import { describe, expect, it } from 'vitest';
import { requestKind } from '@/lib/http/request-kind';

describe('what an address is', () => {
  it('is decided once: the API, the framework’s files, other files, pages', () => {
    expect(['/api', '/api/', '/api/bookings/ABC'].map(requestKind)).toEqual(['api', 'api', 'api']);
    // Once a page to one rule and the API to another.
    expect(['/apiary', '/api-docs', '/_nextish', '/staff/today'].map(requestKind)).toEqual(['page', 'page', 'page', 'page']);
    expect(['/_next/static/chunks/a.js', '/_next/image'].map(requestKind)).toEqual(['framework-file', 'framework-file']);
    expect(['/favicon.ico', '/manifest.webmanifest', '/serwist/sw.js'].map(requestKind)).toEqual(['file', 'file', 'file']);
  });

});
