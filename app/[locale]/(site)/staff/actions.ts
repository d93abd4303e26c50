'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { endSession } from '@/lib/staff/session';

export async function signOut() {
  await endSession();
  return redirect({ href: '/staff/sign-in', locale: await getLocale() });
}
