import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { RESENDS_PER_DAY, RESEND_WINDOW_MINUTES } from '@/lib/booking/resend-schema';
import { ResendForm } from './resend-form';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Resend' });
  return { title: t('title'), robots: { index: false } };
}

/** For someone who lost the text with their booking's link: the phone number, and new links by text. */
export default async function ResendPage({ params }: Props) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Resend');
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('oldLinks')}</p>
      <ResendForm
        text={{
          phone: t('phone'),
          phoneHint: t('phoneHint'),
          send: t('send'),
          sent: t('sent'),
          offline: t('offline'),
          errorSummary: t('errorSummary'),
          errors: t.raw('errors') as Record<string, string>,
        }}
      />
      <p className="note">{t('onceEvery', { minutes: RESEND_WINDOW_MINUTES, perDay: RESENDS_PER_DAY })}</p>
      <p className="note">{t('noMessage')}</p>
      <p className="back-links">
        <Link className="button" href="/book">
          {t('book')}
        </Link>
      </p>
    </div>
  );
}
