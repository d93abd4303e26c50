'use client';

import { type MouseEvent, useSyncExternalStore } from 'react';

type Props = { label: string; href?: string };

const noop = () => () => {};

/**
 * Opens the print dialog. Given the address of a printable copy, it is a link
 * to that copy, so the page prints without JavaScript too; without one it is a
 * button that appears only once window.print() can work.
 */
export function PrintButton({ label, href }: Props) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const print = (event: MouseEvent) => {
    event.preventDefault();
    window.print();
  };
  if (href) {
    return (
      <a href={href} className="button no-print" onClick={print}>
        {label}
      </a>
    );
  }
  if (!hydrated) return null;
  return (
    <button type="button" className="button no-print" onClick={print}>
      {label}
    </button>
  );
}
