import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { GuideStep as Step } from '@/lib/guides/schema';
import { splitLabels } from '@/lib/guides/inline';
import { LabelledText } from './labelled-text';
import { ReadAloud } from './read-aloud';
import styles from './guide.module.css';

type Props = { step: Step; number: number; total: number; locale: string; readAloud: boolean; aside?: ReactNode };

const plain = (text: string) => splitLabels(text).map((p) => p.text).join('');

export async function GuideStep({ step, number, total, locale, readAloud, aside }: Props) {
  const t = await getTranslations('Guides');
  const progress = t('stepOf', { current: number, total });
  // A voice reads "2/7" as a date, so the spoken progress is written out.
  const speech = [t('stepOfSpoken', { current: number, total }), plain(step.title), ...step.body.map(plain)].join('. ');
  return (
    <li id={`step-${number}`} className={styles.step}>
      <p className="progress">{progress}</p>
      <h2>
        <LabelledText text={step.title} />
      </h2>
      {step.body.map((paragraph, i) => (
        <p key={i}>
          <LabelledText text={paragraph} />
        </p>
      ))}
      {step.illustration && (
        // A hand-drawn SVG of a known size: next/image would add JavaScript and nothing else.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          className={styles.illustration}
          src={`/illustrations/${step.illustration.src}`}
          alt={step.illustration.alt}
          width={240}
          height={180}
          loading={number > 2 ? 'lazy' : 'eager'}
          decoding="async"
        />
      )}
      {step.problems?.length ? (
        <div className={styles.problems}>
          <h3>{t('commonProblems')}</h3>
          <ul>
            {step.problems.map((problem, i) => (
              <li key={i}>
                <LabelledText text={problem} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {step.sourceNote && (
        <p className={styles.sourceNote}>
          <small>
            {t('sourceNote')}: {step.sourceNote}
          </small>
        </p>
      )}
      {readAloud && (
        <ReadAloud
          text={speech}
          lang={locale}
          label={t('readAloud')}
          stopLabel={t('stopReading')}
          // One explanation per page is enough; every step repeating it would bury the steps.
          voiceHelp={
            number === 1
              ? { summary: t('voiceHelp'), lines: [t('voiceHelpAndroid'), t('voiceHelpIphone'), t('voiceHelpAfter')] }
              : undefined
          }
        />
      )}
      {aside}
    </li>
  );
}
