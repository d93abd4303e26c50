import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { PersonRecord } from '@/db/queries/person-detail';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { outcomeSummary, outcomeText } from '../_components/outcome-text';
import { nameOrRemoved } from '@/lib/retention';

/**
 * A person's bookings and outcomes, one line each, oldest first; a record
 * that entered the register as someone merged into them says as whom.
 */
export async function RecordList({ records, personId, locale }: { records: PersonRecord[]; personId: number; locale: Locale }) {
  const [t, status, tStaff, text] = await Promise.all([getTranslations('StaffPeople'), getTranslations('Staff.status'), getTranslations('Staff'), outcomeText()]);
  if (records.length === 0) return <p>{t('records.none')}</p>;
  const line = (record: PersonRecord) => {
    if (record.kind === 'booking') {
      const { booking } = record;
      const state = booking.checkedInAt ? status('checkedIn') : booking.noShow ? status('noShow') : status(booking.status);
      return (
        <Link href={`/staff/bookings/${booking.id}`}>{t('records.booking', { code: booking.code, day: formatDate(booking.startsAt, locale, 'dayShort'), status: state })}</Link>
      );
    }
    const summary = outcomeSummary(record.outcome, text);
    return t(record.selfReport ? 'records.selfReport' : 'records.outcome', { summary, status: t(`records.statuses.${record.outcome.status}`) });
  };
  return (
    <ul>
      {records.map((record) => (
        <li key={`${record.kind}-${record.kind === 'booking' ? record.booking.id : record.outcome.id}`}>
          {formatDate(record.at, locale, 'date')}: {line(record)}
          {record.enteredAs.id !== personId && <> {t('records.enteredAs', { name: nameOrRemoved(record.enteredAs, tStaff('removed')), id: record.enteredAs.id })}</>}
        </li>
      ))}
    </ul>
  );
}
