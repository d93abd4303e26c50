import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SignInForm } from './sign-in-form';

export default async function SignInPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const [t, tOffline] = await Promise.all([getTranslations('Staff'), getTranslations('Offline')]);
  return (
    <div className="page narrow">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <SignInForm
        text={{
          login: t('login'),
          password: t('password'),
          submit: t('signIn'),
          offline: tOffline('notSent'),
          errors: { invalid: t('errors.invalid'), required: t('errors.required'), tooMany: t.raw('errors.tooMany') as string },
        }}
      />
    </div>
  );
}
