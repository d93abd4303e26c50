import { getTranslations } from 'next-intl/server';
import type { Person } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import { formatPhone } from '@/lib/phone';

/** What the register knows of a person, for staff to judge whether two are one. */
export async function PersonFacts({ person, hamletName, locale }: { person: Person; hamletName?: string; locale: Locale }) {
  const [t, groups] = await Promise.all([getTranslations('StaffPeople'), getTranslations('Staff.outcome.groups')]);
  const unknown = t('facts.unknown');
  const rows: [string, string][] = [
    [t('facts.birthYear'), person.birthYear ? String(person.birthYear) : unknown],
    [t('facts.phone'), person.phone ? formatPhone(person.phone) : unknown],
    [t('facts.address'), person.address || unknown],
    ...(hamletName ? [[t('facts.hamlet'), hamletName] as [string, string]] : []),
    [t('facts.source'), t('facts.since', { source: t(`sources.${person.source}`), day: formatDate(person.createdAt, locale, 'date') })],
    [t('facts.group'), groups(person.targetGroup)],
    [t('facts.idNumber'), person.personKey ? t('facts.idKnown') : unknown],
    ...(person.closedAs ? [[t('facts.closed'), t(`closings.${person.closedAs}`)] as [string, string]] : []),
  ];
  return (
    <dl className="summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
