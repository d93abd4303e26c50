import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { PrivacyForm } from './privacy-form';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffPrivacy.title');

/** A citizen asks the team to delete their data: a supervisor or the admin finds it in their area and removes it. */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  await requireStaff('supervisor');
  const [t, messages] = await Promise.all([getTranslations('StaffPrivacy'), getMessages()]);
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <NextIntlClientProvider messages={{ StaffPrivacy: messages.StaffPrivacy }}>
        <PrivacyForm />
      </NextIntlClientProvider>
    </div>
  );
}
