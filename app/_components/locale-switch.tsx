'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { localizedPath } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

type Props = { label: string; text: string; target: Locale };

// The query goes along, so a booking's secret link or a half-made choice survives the switch.

function SwitchLink({ text, target, search }: Omit<Props, 'label'> & { search: string }) {
  return (
    <Link href={localizedPath(usePathname(), target, search)} prefetch={false} hrefLang={target} lang={target} className="locale-switch">
      {text}
    </Link>
  );
}

function WithQuery(props: Omit<Props, 'label'>) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />;
}

export function LocaleSwitch({ label, ...props }: Props) {
  // Prerendered pages have no query at build time: they show the bare link until the browser fills it in.
  return (
    <nav aria-label={label}>
      <Suspense fallback={<SwitchLink {...props} search="" />}>
        <WithQuery {...props} />
      </Suspense>
    </nav>
  );
}
