import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import { OUTCOME_RETENTION_DAYS } from '@/lib/retention';
import type { Locale } from '@/i18n/routing';
import { isGuideSlug } from '@/lib/guides/catalog';
import { GUIDE_STEP } from '@/lib/staff/self-report-schema';
import { OUTCOME_BLOCKERS, OUTCOME_STEPS } from '@/lib/staff/outcome-values';
import { ReportForm } from './report-form';
import { pageTitle } from '@/i18n/page-title';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ guide?: string }> };

export const generateMetadata = pageTitle('Report.title', { robots: { index: false } });

/** "I did it" (or "I am stuck") after a guide: a self-report the hamlet's team confirms later. */
export default async function ReportPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const guide = (await searchParams).guide ?? '';
  const [t, tOutcome, tForm] = await Promise.all([getTranslations('Report'), getTranslations('Staff.outcome'), getTranslations('BookForm')]);
  const hamlets = await hamletsIn((await getDatabase()).db, { all: true });
  const labels = (group: 'stepNames' | 'blockers', values: readonly string[]) => values.map((value) => ({ value, label: tOutcome(`${group}.${value}` as 'stepNames.activated') }));
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ReportForm
        text={{
          fields: {
            hamlet: t('hamlet'),
            fullName: tForm('fullName'),
            phone: t('phone'),
            phoneHint: t('phoneHint'),
            step: t('step'),
            blocker: t('blocker'),
            note: t('note'),
            consentTitle: tForm('consentTitle'),
            consent: t('consent', { days: OUTCOME_RETENTION_DAYS }),
          },
          errors: t.raw('errors') as Record<string, string>,
          errorSummary: tForm('errorSummary'),
          send: t('send'),
          sent: t.raw('sent') as string,
          offline: t('offline'),
        }}
        hamlets={hamlets.map((h) => ({ value: String(h.id), label: h.name }))}
        steps={labels('stepNames', OUTCOME_STEPS)}
        blockers={labels('blockers', OUTCOME_BLOCKERS)}
        initial={{ step: (isGuideSlug(guide) && GUIDE_STEP[guide]) || '' }}
      />
      <p>
        <Link className="back-link" href="/guides">← {t('backToGuides')}</Link>
      </p>
    </div>
  );
}
