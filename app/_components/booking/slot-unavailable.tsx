import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { SlotSummary } from './form-state';
import { SlotFacts } from './slot-facts';

/** `back`: the address (in the page's language) of the times to choose from again. */
type Props = { slot?: SlotSummary; reason: 'slot' | 'full' | 'too-late'; back: string; children?: ReactNode };

/**
 * The booking form's page for a time that cannot be booked, before anything
 * is typed: full (with the nearest free times, given as children), past or
 * too close, or no time at all; and the way back to the day's times.
 */
export async function SlotUnavailable({ slot, reason, back, children }: Props) {
  const [t, tForm] = await Promise.all([getTranslations('Book'), getTranslations('BookForm')]);
  return (
    <>
      {slot && <SlotFacts slot={slot} />}
      <p className="notice notice-error" role="alert">
        {reason === 'full' ? t('slotFull') : reason === 'too-late' ? tForm('refusals.too-late') : tForm('errors.slot')}
      </p>
      {children}
      <p className="back-links">
        <a href={back} className="button button-primary">
          {tForm('chooseAgain')}
        </a>
      </p>
    </>
  );
}
