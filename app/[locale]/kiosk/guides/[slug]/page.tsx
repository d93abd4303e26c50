import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import QRCode from 'qrcode';
import { GuideArticle } from '@/app/_components/guides/guide-article';
import { guideMetadata } from '@/app/_components/guides/guide-metadata';
import type { Locale } from '@/i18n/routing';
import { isGuideSlug } from '@/lib/guides/catalog';
import { loadGuide } from '@/lib/guides/load';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { publicUrl } from '@/lib/public-url';
import styles from './step-qr.module.css';

export const generateMetadata = guideMetadata;

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** A guide at the kiosk: each step carries a QR code that opens the same step on the visitor's phone. */
export default async function KioskGuide({ params }: Props) {
  const { locale, slug } = await params;
  if (!isGuideSlug(slug)) notFound();
  setRequestLocale(locale);
  await requireKiosk();
  const [t, guide] = await Promise.all([getTranslations('Kiosk'), loadGuide(locale, slug)]);
  const codes = await Promise.all(
    guide.steps.map((_, i) => QRCode.toString(publicUrl(`/guides/${slug}#step-${i + 1}`, locale), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })),
  );
  const stepQr = (number: number) => (
    <div className={`${styles.stepQr} no-print`}>
      <div role="img" aria-label={t('stepQrLabel', { number })} dangerouslySetInnerHTML={{ __html: codes[number - 1] }} />
      <p>{t('stepQr')}</p>
    </div>
  );
  return <GuideArticle locale={locale} slug={slug} stepAside={stepQr} onKiosk />;
}
