import type messages from '@/messages/vi.json';
import { localTime, TIME_ZONE } from '../time';
import { viText } from '../vi-text';

export type SmsKind = keyof typeof messages.Sms;

const t = viText('Sms');

/** The public address of the app, for links in text messages. */
export function publicUrl(path: string): string {
  return new URL(path, process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).toString();
}

// Made once: building a formatter costs far more than using it, and every booking writes two messages.
const viDateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const viDate = (instant: Date) => viDateFormat.format(instant);

/** Text messages go out in Vietnamese, short enough for two SMS parts. */
export function smsText(kind: SmsKind, values: { code?: string; startsAt: Date; place: string; link?: string; until?: Date }): string {
  return t(kind, {
    code: values.code ?? '',
    time: localTime(values.startsAt),
    date: viDate(values.startsAt),
    place: values.place,
    link: values.link ?? '',
    until: values.until ? `${localTime(values.until)} ${viDate(values.until)}` : '',
  });
}

/** One text with a new link per booking, each after its time so people can tell them apart. */
export function linksText(bookings: { startsAt: Date; link: string }[]): string {
  return t('links', { links: bookings.map((b) => `${localTime(b.startsAt)} ${viDate(b.startsAt)}: ${b.link}`).join('\n') });
}
