'use client';

import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { resetKiosk } from '@/lib/kiosk/reset';
import styles from './kiosk.module.css';
import { useDeadline } from './use-deadline';

type Props = { idleSeconds: number; countdownSeconds: number; attractHref: string; text: { title: string; body: string; stay: string } };

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * After `idleSeconds` without a touch, asks whether anyone is still there and
 * counts down; at zero the kiosk forgets everything and shows its start screen.
 */
export function IdleGuard({ idleSeconds, countdownSeconds, attractHref, text }: Props) {
  const onAttract = usePathname() === attractHref;
  const [deadline, setDeadline] = useState<number | null>(null);
  const reset = useCallback(() => void resetKiosk(attractHref), [attractHref]);
  const left = useDeadline(deadline, reset);
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (onAttract || deadline !== null) return;
    let timer: ReturnType<typeof setTimeout>;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setDeadline(Date.now() + countdownSeconds * 1000), idleSeconds * 1000);
    };
    restart();
    ACTIVITY.forEach((type) => window.addEventListener(type, restart, { capture: true, passive: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((type) => window.removeEventListener(type, restart, { capture: true }));
    };
  }, [onAttract, deadline, idleSeconds, countdownSeconds]);

  useEffect(() => {
    if (deadline !== null) stay.current?.focus();
  }, [deadline]);

  if (deadline === null) return null;
  return (
    <div className={styles.overlay}>
      <div role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text" className={styles.dialog}>
        <h2 id="idle-title">{text.title}</h2>
        <p id="idle-text">{text.body.replace('{seconds}', String(left))}</p>
        <p className={styles.countdown} aria-hidden="true">
          {left}
        </p>
        <button ref={stay} type="button" className="button button-primary button-large" onClick={() => setDeadline(null)}>
          {text.stay}
        </button>
      </div>
    </div>
  );
}
