import { getTranslations } from 'next-intl/server';
import type { FollowUp } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { FOLLOW_UP_STATUSES } from '@/lib/campaign/follow-up-values';
import { formatWhen } from '@/lib/dates';
import { formatPhone } from '@/lib/phone';
import { markFollowUpAction } from './actions';
import styles from './follow-up.module.css';
import type { ListFilter } from './list-filter';

type Props = { followUp: FollowUp; statusByName: string | null; filter: ListFilter; locale: Locale };

/** One person to visit: who, how to reach them, where they came from, and a button per way the visit went. */
export async function FollowUpCard({ followUp, statusByName, filter, locale }: Props) {
  const t = await getTranslations('StaffFollowUp');
  const actions = await getTranslations('Staff.outcome.nextActions');
  const status = t(`statuses.${followUp.status}`);
  const source =
    followUp.source === 'outcome' ? t('sources.outcome', { action: actions.has(followUp.note) ? actions(followUp.note) : followUp.note }) : t('sources.police-list');
  const marks = FOLLOW_UP_STATUSES.filter((s) => s !== 'open' && s !== followUp.status);
  return (
    <article className={`card ${styles.person}`} id={`f-${followUp.id}`} aria-labelledby={`f-${followUp.id}-name`}>
      <h3 className={styles.name} id={`f-${followUp.id}-name`}>
        {followUp.fullName}
      </h3>
      <p className={styles.facts}>
        {followUp.birthYear && <span>{t('born', { year: followUp.birthYear })}</span>}
        <span>{source}</span>
        <span className={styles[followUp.status === 'open' ? 'open' : 'done']}>
          {followUp.statusAt && statusByName ? t('marked', { status, when: formatWhen(followUp.statusAt, locale, 'dayShort'), name: statusByName }) : status}
        </span>
      </p>
      {followUp.phone ? (
        <a className="button" href={`tel:${followUp.phone}`}>
          {t('call', { phone: formatPhone(followUp.phone) })}
        </a>
      ) : (
        <p className={styles.facts}>{t('noPhone')}</p>
      )}
      <form action={markFollowUpAction} className={styles.marks} aria-label={t('markGroup', { name: followUp.fullName })}>
        <input type="hidden" name="id" value={followUp.id} />
        {filter.hamlet && <input type="hidden" name="hamlet" value={filter.hamlet} />}
        <input type="hidden" name="status" value={filter.status} />
        {filter.q && <input type="hidden" name="q" value={filter.q} />}
        {marks.map((mark) => (
          <button key={mark} type="submit" name="mark" value={mark} className="button">
            {t(`statuses.${mark}`)}
          </button>
        ))}
        {followUp.status !== 'open' && (
          <button type="submit" name="mark" value="open" className="button">
            {t('undo')}
          </button>
        )}
      </form>
    </article>
  );
}
