'use client';

import { Link, usePathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';

type Props = { label: string; text: string; target: Locale };

/** Links to the same page in the other language. */
export function LocaleSwitch({ label, text, target }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <Link href={pathname} locale={target} hrefLang={target} lang={target} className="locale-switch">
        {text}
      </Link>
    </nav>
  );
}
