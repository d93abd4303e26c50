import type { Booking, HelpPoint } from '@/db/schema';
import { textFor } from '@/lib/text';
import { onOneLine } from '@/lib/unicode';

const ICS_STATUS: Record<Booking['status'], string> = { pending: 'TENTATIVE', confirmed: 'CONFIRMED', cancelled: 'CANCELLED', declined: 'CANCELLED' };

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
// A line break of any kind inside a value would start a line of its own: each is written as the two characters \n.
const escape = (text: string) => text.replace(/([\\;,])/g, '\\$1').replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n');

/** An iCalendar event for a booking, in its language, so the phone's calendar reminds the citizen too. */
export function bookingIcs(booking: Booking, point: HelpPoint, link: string, now = new Date()): string {
  const t = textFor(booking.locale, 'Calendar');
  const end = new Date(booking.startsAt.getTime() + point.slotMinutes * 60_000);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//VNeID help point//${booking.locale}`,
    'BEGIN:VEVENT',
    `UID:${booking.code}@vneid-help-point`,
    // A calendar that imported the booking before marks it cancelled when the file is opened again.
    `STATUS:${ICS_STATUS[booking.status]}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(booking.startsAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escape(t('summary', { code: booking.code }))}`,
    // A name or an address saved on two lines before single-line fields refused line breaks still reads as one place.
    `LOCATION:${escape(onOneLine(`${point.name}, ${point.address}`))}`,
    `DESCRIPTION:${escape(t('description', { link }))}`,
    'BEGIN:VALARM',
    'TRIGGER:-PT2H',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(t('alarm'))}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
