'use client';

import { type ReactNode, useEffect, useRef } from 'react';

type Props = {
  tone: 'error' | 'success';
  children: ReactNode;
  /** Changes with each new answer (a count of failures, a new state): each is focused, so read out, afresh. */
  answer?: unknown;
};

/**
 * A form's answer (not sent, saved, refused) just above the button that was
 * pressed, where the person is looking, and focused, so a screen reader reads
 * it next and a second failure in a row is seen and heard like the first.
 */
export function FormStatus({ tone, answer = 0, children }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [answer]);
  return (
    <p ref={ref} tabIndex={-1} role={tone === 'error' ? 'alert' : 'status'} className={`notice notice-${tone} form-status`}>
      {children}
    </p>
  );
}
