import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS, isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { outcomeForGuide } from '@/lib/triage';
import { GuideStep } from '../_components/guide-step';
import { PrintButton } from '../../../_components/print-button';
import { toInstant } from '@/lib/time';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return GUIDE_SLUGS.map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) return {};
  const guide = await loadGuide(locale, slug);
  return { title: guide.title, description: guide.summary };
}

export default async function GuidePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  const [t, format, guide] = await Promise.all([getTranslations('Guides'), getFormatter(), loadGuide(locale, slug)]);
  const next = guide.next && (await loadGuide(locale, guide.next));

  return (
    <article className="page guide">
      <p className="no-print">
        <Link href="/guides">← {t('all')}</Link>
      </p>
      <h1>{guide.title}</h1>
      <p className="lead">{guide.summary}</p>

      <section className="need-box" aria-labelledby="you-will-need">
        <h2 id="you-will-need">{t('youWillNeed')}</h2>
        <ul>
          {guide.youWillNeed.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <ol className="steps" aria-label={t('stepsLabel')}>
        {guide.steps.map((step, i) => (
          <GuideStep key={i} step={step} number={i + 1} total={guide.steps.length} locale={locale} />
        ))}
      </ol>

      <section className="did-it-work no-print" aria-labelledby="did-it-work">
        <h2 id="did-it-work">{t('didItWork')}</h2>
        <div className="choices">
          {next ? (
            <Link href={`/guides/${guide.next}`} className="button button-primary">
              {t('workedNext', { guide: next.title })}
            </Link>
          ) : (
            <p className="done">{t('workedDone')}</p>
          )}
          <Link href={{ pathname: '/book', query: { need: outcomeForGuide(slug) } }} className="button">
            {t('notWorked')}: {t('bookHelp')}
          </Link>
          <Link href={{ pathname: '/report', query: { guide: slug } }} className="button">
            {t('reportResult')}
          </Link>
          {slug !== 'problems' && (
            <Link href="/guides/problems" className="button">
              {t('readProblems')}
            </Link>
          )}
        </div>
      </section>

      <section className="sources" aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <ul>
          {guide.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url}>{source.title}</a> <span className="print-url">({source.url})</span>
            </li>
          ))}
        </ul>
        <p>{t('checkedOn', { date: format.dateTime(toInstant(guide.checkedOn, '12:00'), { dateStyle: 'long' }) })}</p>
        <PrintButton label={t('print')} />
      </section>
    </article>
  );
}
