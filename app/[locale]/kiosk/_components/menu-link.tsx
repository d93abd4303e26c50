'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { withoutLocale } from '@/i18n/paths';

// The start screen and the menu itself need no way to the menu; leaving the kiosk has its own way back.
const WITHOUT = new Set(['/kiosk', '/kiosk/home', '/kiosk/exit']);

/** The way back to the kiosk's menu from any of its screens (a booking, a guide, the check), besides waiting for the idle reset. */
export function MenuLink({ label, href }: { label: string; href: string }) {
  if (WITHOUT.has(withoutLocale(usePathname()).bare)) return null;
  return (
    <Link href={href} replace prefetch={false}>
      ← {label}
    </Link>
  );
}
