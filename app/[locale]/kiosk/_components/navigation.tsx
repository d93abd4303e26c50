'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { kioskPathFor } from '@/lib/kiosk/paths';
import styles from './kiosk.module.css';

/**
 * Keeps a visitor on the kiosk's own screens, whatever the shared pages link
 * to: a link to a guide opens its kiosk twin, one to booking books here, and
 * each screen replaces the last in the history instead of adding to it.
 * Other websites do not open at all. Every way a link opens is caught: a tap
 * or click (with any key held, which would open a new tab or window), a
 * middle click (auxclick), and the menu of a long press or right click.
 */
export function KioskNavigation({ externalText }: { externalText: string }) {
  const router = useRouter();
  const [external, setExternal] = useState(false);

  useEffect(() => {
    const linkOf = (event: Event) => (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    const onClick = (event: MouseEvent) => {
      const link = linkOf(event);
      // A right button's auxclick is followed by the menu, held back below.
      if (!link || event.defaultPrevented || event.button > 1) return;
      const url = new URL(link.href, location.href);
      const newTab = event.button === 1 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
      if (!newTab && url.origin === location.origin && url.pathname === location.pathname && url.hash) return;
      event.preventDefault();
      if (url.origin !== location.origin) {
        setExternal(true);
        return;
      }
      router.replace(kioskPathFor(url.pathname, url.search) + url.hash);
    };
    const noMenu = (event: MouseEvent) => linkOf(event) && event.preventDefault();
    const listeners = [['click', onClick], ['auxclick', onClick], ['contextmenu', noMenu]] as const;
    listeners.forEach(([type, listener]) => document.addEventListener(type, listener, { capture: true }));
    return () => listeners.forEach(([type, listener]) => document.removeEventListener(type, listener, { capture: true }));
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
