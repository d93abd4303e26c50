'use client';

import { useEffect } from 'react';

/**
 * Moves focus to the element a page opened at (its #id), so a question or a
 * thank-you shown after a form post is where the person is looking and what a
 * screen reader reads next. Without JavaScript the #id alone scrolls to it.
 */
export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    const target = document.getElementById(id);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'start' });
  }, [id]);
  return null;
}
