'use client';

import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/** A staff menu link that says when it is the page open (`href` already has its locale). */
export function NavLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <NextLink href={href} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </NextLink>
  );
}
