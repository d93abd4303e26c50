import type { Locale } from '@/i18n/routing';

const formats = { vi: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }), en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }) };

/** A share given in percent (34.5) as people read it ("34,5%" in Vietnamese); a dash when there is none. */
export const percentText = (value: number | null, locale: Locale) => (value === null ? '—' : formats[locale].format(value / 100));
