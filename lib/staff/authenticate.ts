import { headers } from 'next/headers';
import { getDatabase } from '@/db/client';
import { countHit, hitsInWindow } from '@/db/queries/rate-limits';
import { findUserForSignIn } from '@/db/queries/staff';
import type { StaffUser } from '@/db/schema';
import { clientAddress } from '@/lib/http/client-address';
import { verifyPassword } from './password';
import { postedText } from '@/lib/form-fields';

export type SignInState = { login: string; error?: 'invalid' | 'tooMany' | 'required' | 'notAllowed'; minutes?: number };

const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES = 10;
// Verified when the account does not exist, so both cases take as long.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$iVT9GqJuhdrO/32SA7PJlg$AYSnrHOtLxmGqWt3uH8b6/X6PTrfiqNKfR0udOGIlV4';

/**
 * Checks a sign-in form's user name (or phone) and password. Ten failures for
 * one account or one address within 15 minutes make further attempts wait
 * until that window ends; a later correct password works again.
 */
export async function authenticate(formData: FormData): Promise<{ user: StaffUser } | SignInState> {
  const login = postedText(formData, 'login').trim().slice(0, 100);
  const password = postedText(formData, 'password').slice(0, 200);
  if (!login || !password) return { login, error: 'required' };

  const { db } = await getDatabase();
  const keys = [`signin-account:${login.toLowerCase()}`, `signin-address:${clientAddress(await headers())}`];
  const failures = await Promise.all(keys.map((key) => hitsInWindow(db, key, WINDOW_SECONDS)));
  if (failures.some((n) => n >= MAX_FAILURES)) {
    const minutes = Math.ceil((WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000))) / 60_000);
    return { login, error: 'tooMany', minutes };
  }
  const user = await findUserForSignIn(db, login);
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || !user.active) {
    await Promise.all(keys.map((key) => countHit(db, key, WINDOW_SECONDS)));
    return { login, error: 'invalid' };
  }
  return { user };
}
