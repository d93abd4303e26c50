import type { IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import { requestFacts } from '@/lib/http/request-facts';

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers, socket: { remoteAddress: '10.0.0.9' } }) as unknown as IncomingMessage;

it("reads the address as Next.js's router does: dot segments resolved, escapes kept, no host from a target starting //", () => {
  expect(requestFacts(request('/en/book?day=2026-12-03'), false)).toMatchObject({ path: '/en/book', search: '?day=2026-12-03', kind: 'page' });
  expect(requestFacts(request('/kiosk/../guides/activat%65'), false)).toMatchObject({ path: '/guides/activat%65', kind: 'page', search: '' });
  expect(requestFacts(request('//evil.example/x'), false).path).toBe('//evil.example/x');
  expect(requestFacts(request('/\\evil.example/x'), false).path).toBe('//evil.example/x');
});

it('knows the addresses Next.js redirects itself, to the same without a doubled or trailing slash', () => {
  for (const url of ['/guides/', '/en/', '//guides', '/a\\b', '/book/?x=1']) expect(requestFacts(request(url), false).slashRedirect, url).toBe(true);
  for (const url of ['/', '/guides', '/book?next=/staff/']) expect(requestFacts(request(url), false).slashRedirect, url).toBe(false);
});

it('knows the client and the kiosk device once, trusting a proxy only when told to', () => {
  const headers = { 'x-forwarded-for': '1.2.3.4, 5.6.7.8', 'x-forwarded-proto': 'https', cookie: '__Host-vneid_kiosk=x' };
  expect(requestFacts(request('/', headers), true)).toMatchObject({ client: '5.6.7.8', https: true, kioskDevice: true });
  expect(requestFacts(request('/', headers), false)).toMatchObject({ client: '10.0.0.9', https: false });
  expect(requestFacts(request('/'), false).kioskDevice).toBe(false);
});
