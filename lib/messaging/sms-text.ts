import type { Locale } from '@/i18n/routing';
import type messages from '@/messages/vi.json';
import { formatDate } from '../dates';
import { textFor } from '../text';
import { localTime } from '../time';
import { onOneLine } from '../unicode';

export type SmsKind = keyof typeof messages.Sms;

const TEXT = { vi: textFor('vi', 'Sms'), en: textFor('en', 'Sms') };

const when = (instant: Date, locale: Locale) => `${localTime(instant)} ${formatDate(instant, locale, 'date')}`;

type SmsValues = { code?: string; startsAt: Date; place: string; link?: string; until?: Date };

/** A message's values by name, as its text and its ZNS template both use them; empty ones are left out. */
function namedValues(values: SmsValues, locale: Locale): Record<string, string> {
  const named = {
    code: values.code ?? '',
    time: localTime(values.startsAt),
    date: formatDate(values.startsAt, locale, 'date'),
    // A help point's name saved on two lines before names refused line breaks.
    place: onOneLine(values.place),
    link: values.link ?? '',
    until: values.until ? when(values.until, locale) : '',
  };
  return Object.fromEntries(Object.entries(named).filter(([, value]) => value !== ''));
}

/** A message as the outbox keeps it: its SMS text, in the language of the booking, and its values for ZNS. */
export function smsMessage(kind: SmsKind, values: SmsValues, locale: Locale = 'vi'): { body: string; params: Record<string, string> } {
  const params = namedValues(values, locale);
  return { body: TEXT[locale](kind, { code: '', link: '', until: '', ...params }), params };
}

/** A text message in the language of the booking; what each costs in SMS parts is in tests/unit/sms-segments.test.ts. */
export function smsText(kind: SmsKind, values: SmsValues, locale: Locale = 'vi'): string {
  return smsMessage(kind, values, locale).body;
}

/** One text with a new link per booking, each after its time so people can tell them apart. */
export function linksMessage(bookings: { startsAt: Date; link: string }[], locale: Locale = 'vi'): { body: string; params: Record<string, string> } {
  const links = bookings.map((b) => `${when(b.startsAt, locale)}: ${b.link}`).join('\n');
  return { body: TEXT[locale]('links', { links }), params: { links } };
}

