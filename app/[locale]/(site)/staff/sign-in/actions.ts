'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { authenticate, type SignInState } from '@/app/_services/staff/authenticate';
import { startSession } from '@/app/_services/staff/session';
import { formOf } from '@/lib/form-fields';

/** Signs a staff member in and opens their day. */
export async function signIn(_: SignInState, formData: FormData): Promise<SignInState> {
  formData = formOf(formData);
  const result = await authenticate(formData);
  if (!('user' in result)) return result;
  await startSession(result.user.id);
  return redirect({ href: '/staff/today', locale: await getLocale() });
}
