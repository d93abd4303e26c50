import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { type Href, pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/**
 * A link to a page in the current language, resolved on the server. Unlike
 * next-intl's Link it brings no client-side intl code into the page, which
 * keeps the message formatter out of every page's JavaScript.
 *
 * It does not prefetch unless asked: on weak mobile data a guide's visible
 * links fetched eight payloads (about 26 KB, a sixth of its first load) before
 * the reader tapped anything, and handling them kept a slow phone busy while the
 * page was first read (Lighthouse's blocking time, median of five: 472 → 342 ms).
 */
export async function Link({ href, locale, prefetch = false, ...props }: Props) {
  return <NextLink href={pathFor(href, locale ?? ((await getLocale()) as Locale))} prefetch={prefetch} {...props} />;
}
