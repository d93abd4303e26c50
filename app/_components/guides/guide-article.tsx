import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/app/_components/link';
import { PrintButton } from '@/app/_components/print-button';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { GuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { outcomeForGuide } from '@/lib/triage';
import { GuideContent } from './guide-content';
import styles from './guide.module.css';

type Props = { locale: Locale; slug: GuideSlug; stepAside?: (number: number) => ReactNode; onKiosk?: boolean };

/** A guide's page: its content, then where to go next. A kiosk adds to each step (a QR code) and leaves out printing and self-reporting. */
export async function GuideArticle({ locale, slug, stepAside, onKiosk = false }: Props) {
  const [t, guide] = await Promise.all([getTranslations('Guides'), loadGuide(locale, slug)]);
  const choices = typeof guide.next === 'string' ? [{ guide: guide.next, when: undefined }] : (guide.next ?? []);
  const next = await Promise.all(choices.map(async (choice) => ({ ...choice, title: (await loadGuide(locale, choice.guide)).title })));

  const didItWork = (
    <section className="no-print" aria-labelledby="did-it-work">
      <h2 id="did-it-work">{t('didItWork')}</h2>
      <div className="choices">
        {next.length > 1 && <p className={styles.done}>{t('workedChoose')}</p>}
        {next.map((choice) => (
          <Link key={choice.guide} href={`/guides/${choice.guide}`} className="button button-primary">
            {choice.when ? `${choice.when}: ${choice.title}` : t('workedNext', { guide: choice.title })}
          </Link>
        ))}
        {next.length === 0 && <p className={styles.done}>{t('workedDone')}</p>}
        <Link href={{ pathname: '/book', query: { need: outcomeForGuide(slug) } }} className="button">
          {t('notWorked')}: {t('bookHelp')}
        </Link>
        {!onKiosk && (
          <Link href={{ pathname: '/report', query: { guide: slug } }} className="button">
            {t('reportResult')}
          </Link>
        )}
        {slug !== 'problems' && (
          <Link href="/guides/problems" className="button">
            {t('readProblems')}
          </Link>
        )}
      </div>
    </section>
  );

  return (
    <article className="page guide">
      <p className="no-print">
        <Link className="back-link" href="/guides">← {t('all')}</Link>
      </p>
      <GuideContent
        guide={guide}
        locale={locale}
        readAloud
        stepAside={stepAside}
        beforeSources={didItWork}
        afterSources={!onKiosk && <PrintButton label={t('print')} href={pathFor(`/guides/${slug}/print`, locale)} />}
      />
    </article>
  );
}
