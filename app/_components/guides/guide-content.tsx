import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ReactNode } from 'react';
import type { Guide } from '@/lib/guides/schema';
import { GuideStep } from './guide-step';
import { formatDate } from '@/lib/dates';
import styles from './guide.module.css';

type Props = { guide: Guide; locale: string; readAloud: boolean; stepAside?: (number: number) => ReactNode; beforeSources?: ReactNode; afterSources?: ReactNode };

/** What a guide says, the same on screen and in its printable copy: what you need, the steps, the sources. */
export async function GuideContent({ guide, locale, readAloud, stepAside, beforeSources, afterSources }: Props) {
  const t = await getTranslations('Guides');
  return (
    <>
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

      <ol className={styles.steps} aria-label={t('stepsLabel')}>
        {guide.steps.map((step, i) => (
          <GuideStep key={i} step={step} number={i + 1} total={guide.steps.length} locale={locale} readAloud={readAloud} aside={stepAside?.(i + 1)} />
        ))}
      </ol>

      {beforeSources}

      <section className={styles.sources} aria-labelledby="sources">
        <h2 id="sources">{t('sources')}</h2>
        <ul>
          {guide.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url}>{source.title}</a> <span className="print-url">({source.url})</span>
            </li>
          ))}
        </ul>
        <p>{t('checkedOn', { date: formatDate(guide.checkedOn, locale as Locale, 'date') })}</p>
        {afterSources}
      </section>
    </>
  );
}
