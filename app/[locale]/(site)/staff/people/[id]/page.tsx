import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { getPlace } from '@/db/queries/help-points';
import { personDetail } from '@/db/queries/person-detail';
import { messageCode } from '@/i18n/message-code';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { PersonFacts } from '../person-facts';
import styles from '../people.module.css';
import { RecordList } from '../record-list';
import { splitAction } from './actions';
import { PersonStateLines } from './person-state-lines';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('PageTitles.staffPerson');

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string; error?: string }> };

/** One person of the register: who they are, where they are today, every record of theirs, and who was merged into them. */
export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const { db } = await getDatabase();
  // Someone outside the staff member's hamlets answers exactly like no one.
  const detail = await personDetail(db, staff.scope, recordId(id), localDate(new Date()));
  if (!detail) notFound();
  const { person, survivor, mergedIn, state, records } = detail;
  const [t, tStaff, hamlet] = await Promise.all([getTranslations('StaffPeople'), getTranslations('Staff'), getPlace(db, person.hamletId)]);
  const name = (someone: Parameters<typeof nameOrRemoved>[0]) => nameOrRemoved(someone, tStaff('removed'));
  const search = await searchParams;
  const done = messageCode(t.raw('done'), search.done);
  const error = messageCode(t.raw('errors'), search.error);

  return (
    <div className="page narrow">
      <h1>{t('personNumber', { name: name(person), id: person.id })}</h1>
      {done && (
        <p className="notice notice-success" role="status">
          {t(`done.${done}` as 'done.split')}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t(`errors.${error}` as 'errors.not-found')}
        </p>
      )}
      {survivor && (
        <p className="notice">
          {t('mergedInto')} <Link href={`/staff/people/${survivor.id}`}>{t('personNumber', { name: name(survivor), id: survivor.id })}</Link>
        </p>
      )}
      <PersonFacts person={person} hamletName={hamlet.name} locale={locale} />
      {state && (
        <section>
          <h2>{t('state.title', { day: formatDate(localDate(new Date()), locale, 'date') })}</h2>
          <PersonStateLines state={state} locale={locale} />
        </section>
      )}
      <section>
        <h2>{t('records.title')}</h2>
        <RecordList records={records} personId={person.id} locale={locale} />
      </section>
      {mergedIn.length > 0 && (
        <section>
          <h2>{t('mergedIn.title')}</h2>
          <p>{t('mergedIn.hint')}</p>
          <ul className="booking-list">
            {mergedIn.map((other) => (
              <li key={other.id} className={`card ${styles.split}`}>
                <Link href={`/staff/people/${other.id}`} className="card-title">
                  {t('personNumber', { name: name(other), id: other.id })}
                </Link>
                <form action={splitAction}>
                  <input type="hidden" name="id" value={other.id} />
                  <input type="hidden" name="from" value={person.id} />
                  <button type="submit" className="button">
                    {t('mergedIn.split', { name: name(other) })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="back-links">
        <Link href="/staff/people">{t('back')}</Link>
      </p>
    </div>
  );
}
