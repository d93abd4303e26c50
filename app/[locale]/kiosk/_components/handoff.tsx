'use client';

import { useCallback, useState } from 'react';
import { resetKiosk } from '@/lib/kiosk/reset';
import styles from './kiosk.module.css';
import { useDeadline } from './use-deadline';

export type HandoffText = { title: string; scan: string; qrLabel: string; slipTitle: string; code: string; when: string; where: string; bringTitle: string; bring: string[]; print: string; done: string; autoReturn: string };

/** A booking made at the kiosk, to be carried away on the person's phone and a printed slip. `link`: its own address, with its secret, the QR code's content. */
type Booked = { code: string; link: string; qrSvg: string; whenFull: string; pointName: string; address: string };

type Props = { booking: Booked; text: HandoffText; attractHref: string; seconds: number };

/**
 * The end of a booking at a kiosk: the booking goes to the person's phone by
 * its QR code (and a printed slip), never opens here, and the kiosk forgets it
 * when they press Done or after `seconds`.
 */
export function Handoff({ booking, text, attractHref, seconds }: Props) {
  const [deadline] = useState(() => Date.now() + seconds * 1000);
  const reset = useCallback(() => void resetKiosk(attractHref), [attractHref]);
  const left = useDeadline(deadline, reset);

  return (
    <section className={styles.handoff} aria-labelledby="handoff-title">
      <h1 id="handoff-title" className={`${styles.doneTitle} no-print`}>
        {text.title}
      </h1>
      <div className={styles.handoffBody}>
        <figure className={`${styles.bigQr} no-print`}>
          <div role="img" aria-label={text.qrLabel} data-link={booking.link} dangerouslySetInnerHTML={{ __html: booking.qrSvg }} />
          <figcaption>{text.scan}</figcaption>
        </figure>
        <div className={styles.slip}>
          <h2>{text.slipTitle}</h2>
          <dl>
            <dt>{text.code}</dt>
            <dd className={styles.slipCode}>{booking.code}</dd>
            <dt>{text.when}</dt>
            <dd>{booking.whenFull}</dd>
            <dt>{text.where}</dt>
            <dd>
              {booking.pointName}
              <br />
              {booking.address}
            </dd>
          </dl>
          <h3>{text.bringTitle}</h3>
          <ul>
            {text.bring.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      </div>
      <p className={`${styles.actions} no-print`}>
        <button type="button" className="button button-large" onClick={() => window.print()}>
          {text.print}
        </button>
        <button type="button" className="button button-primary button-large" onClick={reset}>
          {text.done}
        </button>
      </p>
      <p className="note no-print">{text.autoReturn.replace('{seconds}', String(left))}</p>
    </section>
  );
}
