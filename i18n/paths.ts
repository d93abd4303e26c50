import { type Locale, routing } from './routing';

export type Href = string | { pathname: string; query?: Record<string, string | number | undefined> };

/**
 * A page's address in a language, as the routing's "as-needed" prefix wants
 * it: Vietnamese bare, English under /en. Plain string work, so server pages
 * can link without next-intl's navigation module and its client code.
 */
export function pathFor(href: Href, locale: Locale): string {
  const { pathname, query = {} } = typeof href === 'string' ? { pathname: href } : href;
  const prefixed = locale === routing.defaultLocale ? pathname : `/${locale}${pathname === '/' ? '' : pathname}`;
  const search = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))).toString();
  return search ? `${prefixed}?${search}` : prefixed;
}

/** An address's language and the address without it: `/en/guides` is English `/guides`, `/guides` Vietnamese. */
export function withoutLocale(pathname: string): { locale: Locale; bare: string } {
  const [, first, ...rest] = pathname.split('/');
  return (routing.locales as readonly string[]).includes(first) ? { locale: first as Locale, bare: `/${rest.join('/')}` } : { locale: routing.defaultLocale, bare: pathname };
}

/** The same page in another language, with its query. */
export function localizedPath(pathname: string, target: Locale, search = ''): string {
  const path = pathFor(withoutLocale(pathname).bare, target);
  return search ? `${path}?${search}` : path;
}
