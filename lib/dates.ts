import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { localDate, localTime, TIME_ZONE, toInstant } from './time';

/**
 * The one rule for every date the app is sent (a query, a form, the API):
 * written YYYY-MM-DD, a day that exists (no 30 February), and within these
 * years. Further limits of one use (a booking's days ahead, a range's order)
 * come after it.
 */
export const FIRST_DAY = '2000-01-01';
export const LAST_DAY = '2100-12-31';

export function isDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text) || text < FIRST_DAY || text > LAST_DAY) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** An instant sent as ISO 8601 with its offset ("2026-11-26T00:30:00.000Z") whose Vietnamese date passes the rule above. */
export function isInstant(text: unknown): text is string {
  if (typeof text !== 'string' || !z.iso.datetime({ offset: true }).safeParse(text).success) return false;
  const instant = new Date(text);
  return !Number.isNaN(instant.getTime()) && isDay(localDate(instant));
}

/** The date rule in a form or query schema, with the form's message key. */
export const dayField = (message: string) => z.string({ error: message }).trim().refine(isDay, message);

/** The instant rule in a schema. */
export const instantField = (message: string) => z.string({ error: message }).refine(isInstant, message);

/**
 * Dates as people read them, in Vietnamese time: day before month in both
 * languages ("Thứ Năm, 3/12/2026", "Thursday 3 December 2026"), times on the
 * 24-hour clock. next-intl would format English in US order, so pages use this.
 * A Vietnamese weekday is always written out as the opening hours write it
 * ("Thứ Ba", "Chủ nhật"), never "Thứ 3": short dates differ only in English.
 */
export type DateStyle = 'day' | 'dayShort' | 'date' | 'fullDate';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const OPTIONS: Record<Locale, Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  vi: {
    day: { weekday: 'long', day: 'numeric', month: 'numeric' },
    dayShort: { weekday: 'long', day: 'numeric', month: 'numeric' },
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
  // ICU capitalises "Chủ Nhật"; Vietnamese spelling, and the rest of the app, write "Chủ nhật".
  return locale === 'en' ? text.replace(/^([A-Za-z]+), /, '$1 ') : text.replace('Chủ Nhật', 'Chủ nhật');
}

/** A moment: its date, then its time on the 24-hour clock. */
export function formatWhen(instant: Date, locale: Locale, style: DateStyle = 'fullDate'): string {
  return `${formatDate(instant, locale, style)}, ${localTime(instant)}`;
}

/** A `?day=` of a page: the day when it passes the rule, and whether one was sent that does not (the page says so and shows its usual day). */
export function dayFromQuery(raw: string | string[] | undefined): { day: string | undefined; bad: boolean } {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined || text === '') return { day: undefined, bad: false };
  return isDay(text) ? { day: text, bad: false } : { day: undefined, bad: true };
}
