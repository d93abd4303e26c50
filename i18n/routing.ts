import { defineRouting } from 'next-intl/routing';

// Vietnamese is served whatever the browser asks for: English only when the
// visitor picks it (the /en prefix), so detection and the locale cookie are off.
export const routing = defineRouting({
  locales: ['vi', 'en'],
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  localeDetection: false,
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
