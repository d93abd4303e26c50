import { describe, expect, it } from 'vitest';
import { isSameOrigin } from '@/lib/http/same-origin';

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
