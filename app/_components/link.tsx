import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

type Href = Parameters<typeof getPathname>[0]['href'];
type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/**
 * A link to a page in the current language, resolved on the server. Unlike
 * next-intl's Link it needs no client-side intl provider, which keeps the
 * message formatter out of every page's JavaScript.
 */
export async function Link({ href, locale, ...props }: Props) {
  return <NextLink href={getPathname({ href, locale: locale ?? ((await getLocale()) as Locale) })} {...props} />;
}
