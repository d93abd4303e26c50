import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import { personInScope } from '@/db/queries/people-list';
import type { Person } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { OutcomeForm } from '../_components/outcome-form';
import { outcomeText } from '../_components/outcome-text';
import { WalkInList } from '../_components/walk-in-list';
import { localDate } from '@/lib/time';
import { pageTitle } from '@/i18n/page-title';
import { nameOrRemoved } from '@/lib/retention';

export const generateMetadata = pageTitle('Staff.outcome.walkInTitle');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The form filled in with a person of the register, so the outcome lands on them and nothing is typed twice. */
const personValues = (person: Person) => ({
  personId: String(person.id),
  hamletId: String(person.hamletId),
  fullName: person.fullName,
  phone: person.phone ? formatPhone(person.phone) : '',
  householdNote: person.address.slice(0, 300),
  targetGroup: person.targetGroup,
});

/** House-to-house visits and walk-ins: an outcome without a booking, for a person from the visit list (`?person=`) or anyone. */
export default async function WalkInPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff();
  const { person: personParam } = await searchParams;
  const { db } = await getDatabase();
  const [t, tList, text, hamlets, person] = await Promise.all([
    getTranslations('Staff'),
    getTranslations('StaffFollowUp'),
    outcomeText(),
    hamletsIn(db, staff.scope),
    personParam ? personInScope(db, staff.scope, recordId(personParam)) : undefined,
  ]);
  const initial = person ? personValues(person) : { hamletId: hamlets.length === 1 ? String(hamlets[0].id) : '', targetGroup: 'other-citizen' };
  return (
    <div className="page narrow">
      <h1>{t('outcome.walkInTitle')}</h1>
      {personParam && (
        <p className="back-links">
          <Link href="/staff/follow-up">{tList('backToList')}</Link>
        </p>
      )}
      {person && <p>{tList('visitFor', { name: nameOrRemoved(person, t('removed')) })}</p>}
      {personParam && !person && (
        <p className="notice notice-error" role="alert">
          {tList('notFound')}
        </p>
      )}
      <OutcomeForm text={text} hamlets={hamlets} initial={initial} />
      <WalkInList scope={staff.scope} day={localDate(new Date())} />
    </div>
  );
}
