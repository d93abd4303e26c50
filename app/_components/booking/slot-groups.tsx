import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { groupByDayPart } from '@/lib/booking/day-parts';
import styles from './slot-groups.module.css';
import type { SlotView } from '@/lib/booking/availability';

type Props<T extends SlotView> = {
  title: ReactNode;
  slots: T[];
  /** Whether a slot can be taken; others are shown but offer nothing to follow or press. */
  canTake: (slot: T) => boolean;
  /** The link or form button that takes a slot, around the content and with the class given. */
  take: (slot: T, className: string, content: ReactNode) => ReactNode;
};

/**
 * A day's times in morning, afternoon and evening, each led by its first free
 * time; the rest of a group sits in a native <details>, so no JavaScript is needed.
 */
export async function SlotGroups<T extends SlotView>({ title, slots, canTake, take }: Props<T>) {
  const t = await getTranslations('Book');
  const content = (slot: T) => (
    <>
      <span>{slot.time}</span>
      <span className="choice-detail">{t('seatsLeft', { count: slot.seatsLeft })}</span>
    </>
  );
  const choice = (slot: T, className: string) =>
    canTake(slot) ? take(slot, className, content(slot)) : <span className={`${className} is-disabled`} aria-disabled="true">{content(slot)}</span>;

  return (
    <section>
      <h2>{title}</h2>
      {groupByDayPart(slots, canTake).map((group) => (
        <section key={group.part} className={styles.part}>
          <h3>{t('partHeading', { part: group.part, from: group.from, to: group.to })}</h3>
          <p className={styles.free}>{t('partFree', { count: group.available })}</p>
          {group.first && (
            <>
              {choice(group.first, `button button-choice button-primary ${styles.first}`)}
              {group.others.length > 0 && (
                <details className={styles.more}>
                  <summary>{t('otherTimes', { count: group.others.length })}</summary>
                  <ul className={`choices ${styles.grid}`}>
                    {group.others.map((slot) => (
                      <li key={slot.time}>{choice(slot, 'button button-choice')}</li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </section>
      ))}
    </section>
  );
}
