import { getTranslations } from 'next-intl/server';

/** The sign-in form's words: on the staff sign-in page, and at a kiosk where signing in ends the kiosk. */
export async function signInText({ submit, notAllowed }: { submit?: string; notAllowed?: string } = {}) {
  const [t, tOffline] = await Promise.all([getTranslations('Staff'), getTranslations('Offline')]);
  return {
    login: t('login'),
    password: t('password'),
    submit: submit ?? t('signIn'),
    offline: tOffline('notSent'),
    errors: { invalid: t('errors.invalid'), required: t('errors.required'), tooMany: t.raw('errors.tooMany') as string, ...(notAllowed ? { notAllowed } : {}) },
  };
}
