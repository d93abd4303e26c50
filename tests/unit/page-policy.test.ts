import { describe, expect, it } from 'vitest';
import { pagePolicy } from '@/lib/http/page-policy';

describe("a page's own policy", () => {
  it('gives a page rendered per request its nonce; a prerendered one keeps its headers', () => {
    expect(pagePolicy('/book', 'abc=')).toEqual({ 'content-security-policy': expect.stringContaining("script-src 'self' 'nonce-abc='") });
    expect(pagePolicy('/en/report')?.['content-security-policy']).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
    for (const path of ['/', '/en', '/vi/guides', '/guides/activate', '/start/installed-yes', '/booking/resend']) expect(pagePolicy(path), path).toBeUndefined();
  });

  it('lets only the check-in page use the camera', () => {
    expect(pagePolicy('/staff/check-in')?.['permissions-policy']).toMatch(/^camera=\(self\), /);
    expect(pagePolicy('/en/staff/check-in')?.['permissions-policy']).toMatch(/^camera=\(self\), /);
    expect(pagePolicy('/staff/today')?.['permissions-policy']).toBeUndefined();
  });

  it("never lets a kiosk's or the staff's page be stored", () => {
    for (const path of ['/staff', '/staff/today', '/en/staff/check-in', '/kiosk', '/en/kiosk/book']) expect(pagePolicy(path)?.['cache-control'], path).toBe('private, no-store');
    for (const path of ['/book', '/staffroom', '/kiosks', '/booking/ABC-123']) expect(pagePolicy(path)?.['cache-control'], path).toBeUndefined();
  });
});
