import { defineRouting } from 'next-intl/routing';
import { LOCALES } from './locales';

// Vietnamese is served whatever the browser asks for: English only when the
// visitor picks it (the /en prefix), so detection and the locale cookie are off.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
