import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { SignInForm } from '@/app/_components/staff/sign-in-form';
import { signInText } from '@/app/_components/staff/sign-in-text';
import { signIn } from './actions';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.signInTitle');

export default async function SignInPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('Staff');
  return (
    <div className="page narrow">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <SignInForm action={signIn} text={await signInText()} />
    </div>
  );
}
