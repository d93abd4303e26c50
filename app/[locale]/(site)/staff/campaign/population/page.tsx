import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { populationTable } from '@/db/queries/hamlet-population';
import type { Locale } from '@/i18n/routing';
import { cellName, level2CellName } from '@/lib/campaign/population-schema';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { requireStaff } from '@/app/_services/staff/session';
import { ImportForm } from './import-form';
import { PopulationForm } from './population-form';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffCampaign.population.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ saved?: string; imported?: string }> };

/**
 * How many people of each group live in each hamlet of the supervisor's ward
 * (or every hamlet, for the admin) and how many of them were at level 2 before
 * the campaign, typed in or imported.
 */
export default async function PopulationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const search = await searchParams;
  const [t, messages, hamlets] = await Promise.all([getTranslations('StaffCampaign'), getMessages(), populationTable((await getDatabase()).db, staff.scope)]);
  const shown = (n: number | undefined) => (n === undefined ? '' : String(n));
  const initial = Object.fromEntries(
    hamlets.flatMap((h) => TARGET_GROUPS.flatMap((g) => [[cellName(h.id, g), shown(h.people[g])], [level2CellName(h.id, g), shown(h.level2Before[g])]])),
  );
  const imported = Number(search.imported);

  return (
    <div className="page">
      <h1>{t('population.title')}</h1>
      <p>{t('population.intro')}</p>
      <p>
        <Link href="/staff/campaign" className="button">{t('back')}</Link>
      </p>
      {search.saved && <p className="notice notice-success" role="status">{t('population.saved')}</p>}
      {Number.isInteger(imported) && imported > 0 && <p className="notice notice-success" role="status">{t('population.imported', { rows: imported })}</p>}
      <NextIntlClientProvider messages={{ StaffCampaign: { population: messages.StaffCampaign.population }, Staff: { outcome: { groups: messages.Staff.outcome.groups } }, Spreadsheet: { problems: messages.Spreadsheet.problems } }}>
        <section aria-labelledby="table-title">
          <h2 id="table-title">{t('population.table')}</h2>
          <p>{t('population.level2Intro')}</p>
          {hamlets.some((h) => h.demo) && <p className="notice">{t('population.demoNotice')}</p>}
          <PopulationForm hamlets={hamlets.map(({ id, name, demo }) => ({ id, name, demo }))} initial={initial} />
        </section>
        <section aria-labelledby="import-title">
          <h2 id="import-title">{t('population.importTitle')}</h2>
          <p>{t('population.importIntro')}</p>
          <ImportForm />
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
