import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, makeNonce, permissionsPolicy } from '@/lib/http/security-headers.js';

const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '));

describe('the Content-Security-Policy', () => {
  it('allows inline scripts by nonce on pages rendered per request, by hash on prerendered ones ("unsafe-inline" where Next.js serves those itself), never elsewhere', () => {
    expect(scriptSrc(contentSecurityPolicy({ nonce: 'abc=' }))).toBe("script-src 'self' 'nonce-abc='");
    expect(scriptSrc(contentSecurityPolicy({ script: 'hashes', hashes: ['sha256-a=', 'sha256-b='] }))).toBe("script-src 'self' 'sha256-a=' 'sha256-b='");
    expect(scriptSrc(contentSecurityPolicy({ script: 'inline' }))).toBe("script-src 'self' 'unsafe-inline'");
    expect(scriptSrc(contentSecurityPolicy())).toBe("script-src 'self'");
    expect(contentSecurityPolicy({ script: 'bundle' })).toMatch(/^default-src 'none'; script-src 'self';.*frame-ancestors 'none'$/);
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: 'x' })]) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).not.toContain('unsafe-eval');
    }
  });

  it('makes a different nonce each time, in the characters Next.js reads', () => {
    const nonces = new Set(Array.from({ length: 50 }, makeNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('powerful features', () => {
  it('allows the camera only where asked, and denies the rest', () => {
    expect(permissionsPolicy(true)).toMatch(/^camera=\(self\), /);
    expect(permissionsPolicy()).toContain('camera=()');
    expect(permissionsPolicy()).toContain('geolocation=()');
  });
});
