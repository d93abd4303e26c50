import type { Locale } from '@/i18n/routing';
import type messages from '@/messages/vi.json';
import { formatDate } from '../dates';
import { textFor } from '../text';
import { localTime } from '../time';
import { onOneLine } from '../unicode';

export type SmsKind = keyof typeof messages.Sms;

const TEXT = { vi: textFor('vi', 'Sms'), en: textFor('en', 'Sms') };

const when = (instant: Date, locale: Locale) => `${localTime(instant)} ${formatDate(instant, locale, 'date')}`;

/** Text messages go out in the language of the booking, short enough for two SMS parts. */
export function smsText(kind: SmsKind, values: { code?: string; startsAt: Date; place: string; link?: string; until?: Date }, locale: Locale = 'vi'): string {
  return TEXT[locale](kind, {
    code: values.code ?? '',
    time: localTime(values.startsAt),
    date: formatDate(values.startsAt, locale, 'date'),
    // A help point's name saved on two lines before names refused line breaks.
    place: onOneLine(values.place),
    link: values.link ?? '',
    until: values.until ? when(values.until, locale) : '',
  });
}

/** One text with a new link per booking, each after its time so people can tell them apart. */
export function linksText(bookings: { startsAt: Date; link: string }[], locale: Locale = 'vi'): string {
  return TEXT[locale]('links', { links: bookings.map((b) => `${when(b.startsAt, locale)}: ${b.link}`).join('\n') });
}
