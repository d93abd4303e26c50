import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { PasswordForm } from './password-form';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.passwordPage.title');

export default async function PasswordPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  await requireStaff();
  const t = await getTranslations('Staff');
  return (
    <div className="page narrow">
      <h1>{t('passwordPage.title')}</h1>
      <PasswordForm
        text={{
          current: t('passwordPage.current'),
          next: t('passwordPage.new'),
          save: t('passwordPage.save'),
          done: t('passwordPage.done'),
          errors: { wrongPassword: t('errors.wrongPassword'), weakPassword: t('errors.weakPassword'), tooMany: t.raw('errors.tooMany') as string },
        }}
      />
    </div>
  );
}
