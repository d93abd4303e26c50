import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ComingSoon } from '../../_components/coming-soon';

export default async function BookPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Home');
  return <ComingSoon title={t('bookTitle')} />;
}
