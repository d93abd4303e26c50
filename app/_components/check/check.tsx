import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { loadGuide } from '@/lib/guides/load';
import { type CheckStep, guidesFor, nextStep, parseSegments, QUESTIONS, segment } from '@/lib/triage';

const pathOf = (segments: string[]) => ['/start', ...segments].join('/');

/** The check: the next question for the answers so far, or where they lead. */
export async function Check({ locale, segments }: { locale: Locale; segments: string[] }) {
  const answers = parseSegments(segments);
  if (!answers) notFound();
  const step = nextStep(answers);
  const t = await getTranslations('Start');

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      {'question' in step ? (
        <Question step={step} segments={segments} t={t} />
      ) : (
        <Outcome step={step} locale={locale} segments={segments} t={t} />
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<'Start'>>>;

function Question({ step, segments, t }: { step: Extract<CheckStep, { question: unknown }>; segments: string[]; t: T }) {
  const q = step.question;
  return (
    <>
      {segments.length === 0 && <p className="lead">{t('intro')}</p>}
      <p className="progress">{t('progress', { current: segments.length + 1 })}</p>
      <h2 id="question">{t(`questions.${q}.text`)}</h2>
      <p className="note">{t(`questions.${q}.hint`)}</p>
      {/* Unlike other links, the answers fetch their page ahead: each tap then opens the next question at once. */}
      <ul className="choices" aria-labelledby="question">
        {QUESTIONS[q].map((answer) => (
          <li key={answer}>
            <Link href={pathOf([...segments, segment(q, answer)])} prefetch className="button button-choice">
              {t(`questions.${q}.${answer}` as Parameters<T>[0])}
            </Link>
          </li>
        ))}
      </ul>
      {segments.length > 0 && <BackLinks segments={segments} t={t} />}
    </>
  );
}

async function Outcome({ step, locale, segments, t }: { step: Extract<CheckStep, { outcome: unknown }>; locale: Locale; segments: string[]; t: T }) {
  const [first, ...then] = await Promise.all(guidesFor(step.outcome).map((slug) => loadGuide(locale, slug).then((guide) => ({ slug, title: guide.title }))));
  return (
    <>
      <h2>{t('resultTitle')}</h2>
      <p className="result" role="status">
        {t(`outcomes.${step.outcome}`)}
      </p>
      <dl className="outcome-details">
        <dt>{t('where')}</dt>
        <dd>{t(`details.${step.outcome}.where`)}</dd>
        <dt>{t('bring')}</dt>
        <dd>{t(`details.${step.outcome}.bring`)}</dd>
      </dl>
      <div className="choices">
        <Link href={`/guides/${first.slug}`} className="button button-primary button-large">
          {t('openGuide', { guide: first.title })}
        </Link>
        <Link href={{ pathname: '/book', query: { need: step.outcome } }} className="button button-large">
          {t('bookHelp')}
        </Link>
        {then.map((guide) => (
          <Link key={guide.slug} href={`/guides/${guide.slug}`} className="button">
            {t('thenGuide', { guide: guide.title })}
          </Link>
        ))}
      </div>
      <p className="note">{t('bookHint')}</p>
      <BackLinks segments={segments} t={t} />
    </>
  );
}

function BackLinks({ segments, t }: { segments: string[]; t: T }) {
  return (
    <p className="back-links">
      <Link href={pathOf(segments.slice(0, -1))} className="button">
        ← {t('back')}
      </Link>
      <Link href="/start" className="button">
        {t('restart')}
      </Link>
    </p>
  );
}
