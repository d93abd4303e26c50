import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { PeopleListRow } from '@/db/queries/people-list';
import type { Locale } from '@/i18n/routing';
import type { entryWords } from '@/app/_services/campaign/person-entry';
import { PERSON_CLOSINGS, REACHED, TO_HELP_STAGES } from '@/lib/campaign/person-values';
import { formatDate } from '@/lib/dates';
import { formatPhone } from '@/lib/phone';
import { markPersonAction } from './actions';
import styles from './follow-up.module.css';
import type { ListFilter } from '@/lib/campaign/visit-list-filter';
import { nameOrRemoved } from '@/lib/retention';

type Props = { row: PeopleListRow; words: ReturnType<typeof entryWords>; inHousehold: boolean; filter: ListFilter; locale: Locale };

const isIn = (stages: readonly string[], stage: string) => stages.includes(stage);

/**
 * One person of the register: who, how to reach them, where they are in the
 * campaign, the house-visit form opened for them, and one button per mark.
 */
export async function FollowUpCard({ row, words, inHousehold, filter, locale }: Props) {
  const [t, tStaff] = await Promise.all([getTranslations('StaffFollowUp'), getTranslations('Staff')]);
  const name = nameOrRemoved(row, tStaff('removed'));
  const open = !row.closedAs && !isIn(REACHED, row.stage);
  const marks = open ? [...(row.contactedOn ? [] : (['contacted'] as const)), 'activated' as const, ...PERSON_CLOSINGS] : [];
  const reopen = Boolean(row.closedAs || (open && row.contactedOn));
  const progress = words.progress(row);
  const nameId = `p-${row.id}-name`;
  return (
    <article className={`card ${styles.person}`} id={`p-${row.id}`} aria-labelledby={nameId}>
      <h3 className={styles.name} id={nameId}>
        {name}
      </h3>
      <p className={styles.facts}>
        {row.birthYear && <span>{t('born', { year: row.birthYear })}</span>}
        {!inHousehold && <span>{row.address || t('noAddress')}</span>}
        <span>{words.group(row)}</span>
        <span>{words.source(row)}</span>
      </p>
      <p className={styles.facts}>
        <span className={isIn(TO_HELP_STAGES, row.stage) ? styles.open : styles.done}>{words.stage(row)}</span>
        {progress && <span>{progress}</span>}
        {row.contactedOn && row.contactedBy && <span>{t('contacted', { when: formatDate(row.contactedOn, locale, 'dayShort'), name: row.contactedBy })}</span>}
      </p>
      <p className={styles.actions}>
        {row.phone ? (
          <a className="button" href={`tel:${row.phone}`}>
            {t('call', { phone: formatPhone(row.phone) })}
          </a>
        ) : (
          <span>{t('noPhone')}</span>
        )}
        <Link className="button" href={{ pathname: '/staff/walk-in', query: { person: row.id } }}>
          {t('recordVisit')}
        </Link>
      </p>
      {(marks.length > 0 || reopen) && (
        <form action={markPersonAction} className={styles.marks} aria-label={t('markGroup', { name })}>
          <input type="hidden" name="id" value={row.id} />
          {filter.hamlet && <input type="hidden" name="hamlet" value={filter.hamlet} />}
          <input type="hidden" name="status" value={filter.status} />
          {filter.q && <input type="hidden" name="q" value={filter.q} />}
          {filter.page > 1 && <input type="hidden" name="page" value={filter.page} />}
          {marks.map((mark) => (
            <button key={mark} type="submit" name="mark" value={mark} className="button">
              {t(`marks.${mark}`)}
            </button>
          ))}
          {reopen && (
            <button type="submit" name="mark" value="reopen" className="button">
              {t('marks.reopen')}
            </button>
          )}
        </form>
      )}
    </article>
  );
}
