import { beforeAll, describe, expect, it } from 'vitest';
import { newBookingToken } from '@/lib/booking-code';
import { withoutDiacritics } from '@/lib/messaging/diacritics';
import { smsSegments } from '@/lib/messaging/sms-segments';
import { linksMessage, type SmsKind, smsText } from '@/lib/messaging/sms-text';
import { shortLink } from '@/lib/short-links';
import { toInstant } from '@/lib/time';

const STARTS = toInstant('2026-12-15', '14:30');
const PLACE = 'Nhà văn hóa Khu phố 5, Phường Bỉm Sơn';

describe('what each text message costs', () => {
  let link: string;
  let waitlistLink: string;
  beforeAll(() => {
    process.env.PUBLIC_URL = 'https://hotro.bimson.vn';
    link = shortLink({ code: 'ACD-479', token: newBookingToken() }, 'vi');
    waitlistLink = shortLink({ waitlist: 1234, token: newBookingToken() }, 'vi');
  });

  it('counts plain text by 160 characters, 153 a part once split, and text with diacritics by 70, 67 a part', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSegments('a'.repeat(161)).segments).toBe(2);
    expect(smsSegments('a'.repeat(306)).segments).toBe(2);
    expect(smsSegments('[]'.repeat(40))).toMatchObject({ encoding: 'gsm-7', units: 160, segments: 1 });
    expect(smsSegments('ă'.repeat(70))).toEqual({ encoding: 'ucs-2', units: 70, segments: 1 });
    expect(smsSegments('ă'.repeat(71)).segments).toBe(2);
    expect(smsSegments('ă'.repeat(134)).segments).toBe(2);
    expect(smsSegments('ă'.repeat(135)).segments).toBe(3);
  });

  it('strips every Vietnamese mark, đ included, keeping the case', () => {
    expect(withoutDiacritics('Điểm hỗ trợ VNeID: lịch hẹn đã được hủy. ĐƯỜNG Ỷ')).toBe('Diem ho tro VNeID: lich hen da duoc huy. DUONG Y');
  });

  it('keeps the link to the site, the code and the 22-character token', () => {
    expect(link).toMatch(/^https:\/\/hotro\.bimson\.vn\/b\/ACD479[\w-]{22}$/);
  });

  it('costs each text these parts, in Vietnamese with and without diacritics, and in English', () => {
    const values = { code: 'ACD-479', startsAt: STARTS, place: PLACE, link, until: toInstant('2026-12-14', '08:00') };
    const kinds: SmsKind[] = ['confirmed', 'received', 'reminder', 'moved', 'cancelled', 'waitlist-joined', 'waitlist-offer'];
    const parts = (text: string) => smsSegments(text).segments;
    const table = Object.fromEntries(
      kinds.map((kind) => {
        const these = kind.startsWith('waitlist') ? { ...values, link: waitlistLink } : values;
        const vi = smsText(kind, these, 'vi');
        return [kind, [parts(vi), parts(withoutDiacritics(vi)), parts(smsText(kind, these, 'en'))]];
      }),
    );
    const links = linksMessage([{ startsAt: STARTS, link }], 'vi').body;
    table.links = [parts(links), parts(withoutDiacritics(links)), parts(linksMessage([{ startsAt: STARTS, link }], 'en').body)];
    // [with diacritics, without (SMS_WITHOUT_DIACRITICS=1), English]; English pays for the help point's Vietnamese name.
    // Each "was" is the cost with the links of before, /booking/ACD-479?t= or /waitlist/1234?t= and a 43-character token.
    // received and the two waitlist texts then lost a few words each ("đã nhận đặt hẹn", "Rời danh sách", "nhận trước đó"), a part each.
    expect(table).toEqual({
      confirmed: [4, 2, 4], // was [5, 2, 5]
      received: [3, 2, 4], // was [4, 2, 4]
      reminder: [4, 2, 4], // was [4, 2, 4]
      moved: [3, 2, 3], // was [4, 2, 4]
      cancelled: [2, 1, 1], // was [2, 1, 1]: it carries no link
      'waitlist-joined': [3, 2, 4], // was [4, 2, 4]
      'waitlist-offer': [3, 2, 4], // was [4, 2, 4]
      links: [3, 1, 1], // was [3, 2, 2]
    });
  });
});
