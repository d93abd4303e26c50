import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from './routing';

type Props = { params: Promise<{ locale: string }> };

/**
 * A page's own tab title, in its language, followed by the site's name (the
 * template of app/[locale]/layout.tsx): `export const generateMetadata =
 * pageTitle('Staff.today.title')`, with any other metadata in `rest`. The key
 * is mostly the page's heading.
 */
export const pageTitle =
  (key: string, rest: Metadata = {}) =>
  async ({ params }: Props): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale as Locale });
    return { ...rest, title: t(key as never) };
  };
