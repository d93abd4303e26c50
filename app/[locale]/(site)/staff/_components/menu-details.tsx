'use client';

import { usePathname } from 'next/navigation';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useRef } from 'react';

/**
 * The staff menu's <details>: it opens and closes without JavaScript; where
 * JavaScript runs, it also closes as soon as a link in it is followed and on
 * any other move to a new page (the layout stays mounted across client
 * navigations), and on Escape.
 */
export function MenuDetails({ className, children }: { className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  function onClick(event: MouseEvent) {
    if (details.current && (event.target as Element).closest('a')) details.current.open = false;
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  }

  return (
    <details ref={details} className={className} onClick={onClick} onKeyDown={onKeyDown}>
      {children}
    </details>
  );
}
