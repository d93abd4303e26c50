'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type Locale, routing } from '@/i18n/routing';

type Props = { label: string; text: string; target: Locale };

/** The same page in another language: Vietnamese has no prefix, English lives under /en. */
export function localizedPath(pathname: string, target: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const bare = (routing.locales as readonly string[]).includes(first) ? `/${rest.join('/')}` : pathname;
  if (target === routing.defaultLocale) return bare;
  return bare === '/' ? `/${target}` : `/${target}${bare}`;
}

export function LocaleSwitch({ label, text, target }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <Link href={localizedPath(pathname, target)} hrefLang={target} lang={target} className="locale-switch">
        {text}
      </Link>
    </nav>
  );
}
