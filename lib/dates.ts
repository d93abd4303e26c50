import type { Locale } from '@/i18n/routing';
import { localTime, TIME_ZONE, toInstant } from './time';

/**
 * Dates as people read them, in Vietnamese time: day before month in both
 * languages ("Thứ Năm, 3/12/2026", "Thursday 3 December 2026"), times on the
 * 24-hour clock. next-intl would format English in US order, so pages use this.
 */
export type DateStyle = 'day' | 'dayShort' | 'date' | 'fullDate';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const OPTIONS: Record<Locale, Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  vi: {
    day: { weekday: 'long', day: 'numeric', month: 'numeric' },
    dayShort: { weekday: 'short', day: 'numeric', month: 'numeric' },
    date: { day: 'numeric', month: 'numeric', year: 'numeric' },
    fullDate: { weekday: 'long', day: 'numeric', month: 'numeric', year: 'numeric' },
  },
  en: {
    day: { weekday: 'long', day: 'numeric', month: 'long' },
    dayShort: { weekday: 'short', day: 'numeric', month: 'short' },
    date: { day: 'numeric', month: 'long', year: 'numeric' },
    fullDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
};

// Building a formatter costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, style: DateStyle) {
  const key = `${locale}:${style}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...OPTIONS[locale][style], timeZone: TIME_ZONE })));
  return found;
}

/** A calendar day (YYYY-MM-DD) or the Vietnamese date of an instant. */
export function formatDate(value: Date | string, locale: Locale, style: DateStyle = 'fullDate'): string {
  const text = formatter(locale, style).format(typeof value === 'string' ? toInstant(value, '12:00') : value);
  // British English puts a comma after the weekday only when a year follows; the form has none.
  return locale === 'en' ? text.replace(/^([A-Za-z]+), /, '$1 ') : text;
}

/** A moment: its date, then its time on the 24-hour clock. */
export function formatWhen(instant: Date, locale: Locale, style: DateStyle = 'fullDate'): string {
  return `${formatDate(instant, locale, style)}, ${localTime(instant)}`;
}
