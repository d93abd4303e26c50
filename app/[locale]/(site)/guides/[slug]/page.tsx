import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { PrintButton } from '@/app/_components/print-button';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { GUIDE_SLUGS, isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { outcomeForGuide } from '@/lib/triage';
import { GuideContent } from '../_components/guide-content';

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
  const [t, guide] = await Promise.all([getTranslations('Guides'), loadGuide(locale, slug)]);
  const choices = typeof guide.next === 'string' ? [{ guide: guide.next, when: undefined }] : (guide.next ?? []);
  const next = await Promise.all(choices.map(async (choice) => ({ ...choice, title: (await loadGuide(locale, choice.guide)).title })));

  const didItWork = (
    <section className="did-it-work no-print" aria-labelledby="did-it-work">
      <h2 id="did-it-work">{t('didItWork')}</h2>
      <div className="choices">
        {next.length > 1 && <p className="done">{t('workedChoose')}</p>}
        {next.map((choice) => (
          <Link key={choice.guide} href={`/guides/${choice.guide}`} className="button button-primary">
            {choice.when ? `${choice.when}: ${choice.title}` : t('workedNext', { guide: choice.title })}
          </Link>
        ))}
        {next.length === 0 && <p className="done">{t('workedDone')}</p>}
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
        beforeSources={didItWork}
        afterSources={<PrintButton label={t('print')} href={pathFor(`/guides/${slug}/print`, locale)} />}
      />
    </article>
  );
}
