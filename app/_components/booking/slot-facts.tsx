import { useTranslations } from 'next-intl';
import type { SlotSummary } from './form-state';

/** The time and place a booking is for; `change`: with the link back to that day's times. */
export function SlotFacts({ slot, change = false }: { slot: SlotSummary; change?: boolean }) {
  const t = useTranslations('Book');
  return (
    <dl className="summary">
      <div>
        <dt>{t('time')}</dt>
        <dd>{slot.when}</dd>
      </div>
      <div>
        <dt>{t('point')}</dt>
        <dd>
          {slot.pointName}
          <br />
          {slot.address}
        </dd>
        {change && (
          <dd>
            <a href={slot.changeHref}>{t('change')}</a>
          </dd>
        )}
      </div>
    </dl>
  );
}
