import { describe, expect, it } from 'vitest';
import type { Booking, HelpPoint } from '@/db/schema';
import { bookingIcs } from '@/app/_services/booking/ics';
import { smsText } from '@/lib/messaging/sms-text';
import { toInstant } from '@/lib/time';

/** A help point saved before single-line fields refused line breaks: its name and address typed over two lines. */
const OLD_POINT = { name: 'Nhà văn hóa\r\nkhu phố 5', address: 'Số 12,\nKhu phố 5\u2028phường Bỉm Sơn', slotMinutes: 20 } as HelpPoint;
const BOOKING = { code: 'ACD-479', status: 'confirmed', locale: 'vi', startsAt: toInstant('2026-11-26', '08:10') } as Booking;

describe('a help point saved with line breaks in its name or address', () => {
  it('stays on one line per property of the calendar file', () => {
    const lines = bookingIcs(BOOKING, OLD_POINT, 'https://example.vn/booking/ACD-479?t=a').split('\r\n');
    expect(lines.filter((line) => /[\r\n\u2028]/.test(line))).toEqual([]);
    expect(lines.filter((line) => line !== '').every((line) => /^[A-Z-]+[:;]/.test(line))).toBe(true);
    expect(lines).toContain('LOCATION:Nhà văn hóa khu phố 5\\, Số 12\\, Khu phố 5 phường Bỉm Sơn');
  });

  it('stays on one line in the text message', () => {
    const text = smsText('confirmed', { code: 'ACD-479', startsAt: BOOKING.startsAt, place: OLD_POINT.name, link: 'https://example.vn/b' });
    expect(text).not.toMatch(/[\r\n\u2028]/);
    expect(text).toContain('tại Nhà văn hóa khu phố 5.');
  });
});
