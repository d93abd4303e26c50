import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignInForm } from '@/app/[locale]/(site)/staff/sign-in/sign-in-form';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { requireKiosk } from '@/lib/kiosk/session';
import { exitKiosk } from './actions';

/** The only way out of kiosk mode: a staff sign-in. */
export default async function KioskExit({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  await requireKiosk();
  const [t, tStaff] = await Promise.all([getTranslations('Kiosk'), getTranslations('Staff')]);
  return (
    <div className="narrow">
      <h1>{t('exitTitle')}</h1>
      <p>{t('exitIntro')}</p>
      <SignInForm
        action={exitKiosk}
        text={{
          login: tStaff('login'),
          password: tStaff('password'),
          submit: t('exitSubmit'),
          errors: { invalid: tStaff('errors.invalid'), required: tStaff('errors.required'), tooMany: tStaff.raw('errors.tooMany') as string, notAllowed: t('exitNotAllowed') },
        }}
      />
      <p>
        <Link href="/kiosk" replace className="button">
          {t('back')}
        </Link>
      </p>
    </div>
  );
}
