'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { kioskPathFor } from '@/lib/kiosk/paths';
import styles from './kiosk.module.css';

/**
 * Keeps a visitor on the kiosk's own screens, whatever the shared pages link
 * to: a link to a guide opens its kiosk twin, one to booking books here, and
 * each screen replaces the last in the history instead of adding to it.
 * Other websites do not open at all.
 */
export function KioskNavigation({ externalText }: { externalText: string }) {
  const router = useRouter();
  const [external, setExternal] = useState(false);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || event.defaultPrevented) return;
      const url = new URL(link.href, location.href);
      if (url.origin === location.origin && url.pathname === location.pathname && url.hash) return;
      event.preventDefault();
      if (url.origin !== location.origin) {
        setExternal(true);
        return;
      }
      router.replace(kioskPathFor(url.pathname, url.search) + url.hash);
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [router]);

  useEffect(() => {
    if (!external) return;
    const hide = setTimeout(() => setExternal(false), 6000);
    return () => clearTimeout(hide);
  }, [external]);

  return (
    <p role="status" className={external ? styles.toast : 'visually-hidden'}>
      {external ? externalText : ''}
    </p>
  );
}
