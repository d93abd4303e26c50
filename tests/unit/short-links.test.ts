import { beforeAll, describe, expect, it } from 'vitest';
import { newBookingToken } from '@/lib/booking-code';
import { requestKind } from '@/lib/http/request-kind';
import { shortLink, shortLinkTarget } from '@/lib/short-links';

describe('the short links texts carry', () => {
  beforeAll(() => {
    process.env.PUBLIC_URL = 'https://hotro.bimson.vn';
  });

  it('writes a booking as its code without the dash and a 22-character token, English under /en', () => {
    const token = newBookingToken();
    expect(token).toMatch(/^[\w-]{22}$/);
    expect(shortLink({ code: 'ACD-479', token }, 'vi')).toBe(`https://hotro.bimson.vn/b/ACD479${token}`);
    expect(shortLink({ code: 'ACD-479', token }, 'en')).toBe(`https://hotro.bimson.vn/en/b/ACD479${token}`);
    expect(shortLink({ waitlist: 42, token }, 'vi')).toBe(`https://hotro.bimson.vn/w/42-${token}`);
  });

  it('leads each back to its page, in its language, with its token', () => {
    for (const token of [newBookingToken(), '-_AbC09-xYz_-0123456789', 'a'.repeat(43)]) {
      for (const locale of ['vi', 'en'] as const) {
        const path = (to: Parameters<typeof shortLink>[0]) => new URL(shortLink(to, locale)).pathname;
        const prefix = locale === 'en' ? '/en' : '';
        expect(shortLinkTarget(path({ code: 'ACD-479', token }))).toBe(`${prefix}/booking/ACD-479?t=${token}`);
        expect(shortLinkTarget(path({ waitlist: 7, token }))).toBe(`${prefix}/waitlist/7?t=${token}`);
        expect(requestKind(path({ code: 'ACD-479', token }))).toBe('page');
      }
    }
  });

  it('takes no other address for one', () => {
    const token = 'x'.repeat(22);
    for (const path of ['/b', '/b/', `/b/ACD47${token}`, `/b/ACD-479${token}`, `/b/ACB479${token}`, '/b/ACD479short', `/b/ACD479${token}/move`, `/w/0-${token}`, `/w/-${token}`, `/w/7${token}`, `/w/99999999999-${token}`, `/book/ACD479${token}`, `/fr/b/ACD479${token}`, `/b/ACD479${token}%00`])
      expect(shortLinkTarget(path), path).toBeNull();
  });
});
