import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/app/_components/staff/sign-in-form';
import { signInText } from '@/app/_components/staff/sign-in-text';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { exitKiosk } from './actions';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Kiosk.exitTitle');

/** The only way out of kiosk mode: a staff sign-in. */
export default async function KioskExit({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  await requireKiosk();
  const t = await getTranslations('Kiosk');
  return (
    <div className="narrow">
      <h1>{t('exitTitle')}</h1>
      <p>{t('exitIntro')}</p>
      <SignInForm action={exitKiosk} text={await signInText({ submit: t('exitSubmit'), notAllowed: t('exitNotAllowed') })} />
      <p>
        <Link href="/kiosk" replace className="button">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
