'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { revokeKiosk } from '@/db/queries/kiosks';
import { inScope, scopeOf } from '@/db/queries/staff';
import { redirect } from '@/i18n/navigation';
import { clearKioskCookie, requireKiosk } from '@/app/_services/kiosk/session';
import { authenticate, type SignInState } from '@/app/_services/staff/authenticate';
import { startSession } from '@/app/_services/staff/session';
import { formOf } from '@/lib/form-fields';

/** A team member of the kiosk's area signs in at the kiosk: the device stops being a kiosk and opens the staff pages. */
export async function exitKiosk(_: SignInState, formData: FormData): Promise<SignInState> {
  formData = formOf(formData);
  const kiosk = await requireKiosk();
  const result = await authenticate(formData);
  if (!('user' in result)) return result;
  const { db } = await getDatabase();
  const scope = await scopeOf(db, result.user);
  if (!inScope(scope, kiosk.helpPoint.hamletId)) return { login: result.user.username, error: 'notAllowed' };
  await revokeKiosk(db, scope, result.user, kiosk.device.id, 'kiosk.exit');
  await clearKioskCookie();
  await startSession(result.user.id);
  return redirect({ href: '/staff/kiosks', locale: await getLocale() });
}
