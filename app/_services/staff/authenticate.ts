import { headers } from 'next/headers';
import { type Db, getDatabase } from '@/db/client';
import { type Bucket, releaseAttempt, reserveAttempt } from '@/db/queries/sign-in-throttle';
import { findUserForSignIn } from '@/db/queries/staff';
import type { StaffUser } from '@/db/schema';
import { hashToken } from '@/lib/booking-code';
import { postedText } from '@/lib/form-fields';
import { clientAddress } from '@/lib/http/client-address';
import { normalizePhone } from '@/lib/phone';
import { deviceSecret, rememberDevice, sentDeviceCookie, trustedDevice } from './device-cookie';
import { verifyPassword } from '@/lib/staff/password';
import { FREE_FAILURES } from '@/lib/staff/sign-in-delay';

/** `retryAt`: with 'tooMany', the instant (ISO) from which an attempt is admitted again. */
export type SignInState = { login: string; error?: 'invalid' | 'tooMany' | 'required' | 'notAllowed'; retryAt?: string };

// Verified when the account does not exist, so both cases take as long.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$iVT9GqJuhdrO/32SA7PJlg$AYSnrHOtLxmGqWt3uH8b6/X6PTrfiqNKfR0udOGIlV4';

export interface SignInAttempt {
  login: string;
  password: string;
  address: string;
  deviceCookie?: string;
  now?: Date;
}

/**
 * Where an attempt counts. A device that signed in to this account before
 * counts in its own bucket only; any other attempt counts against the account
 * and against the address it comes from. A name no account has gets a bucket
 * of its own, written as the account lookup reads it (any case, any way of
 * writing a phone number) so a refusal never tells whether the account
 * exists; hashed, as it may be a phone number.
 */
async function bucketsOf(db: Db, user: StaffUser | undefined, { login, address, deviceCookie }: SignInAttempt, now: Date): Promise<Bucket[]> {
  const device = user && deviceCookie ? trustedDevice(await deviceSecret(db), deviceCookie, user.id, now) : null;
  if (device) return [{ key: `device:${device}`, free: FREE_FAILURES.device }];
  return [
    { key: user ? `account:${user.id}` : `login:${hashToken(normalizePhone(login) ?? login.toLowerCase())}`, free: FREE_FAILURES.account },
    { key: `address:${address}`, free: FREE_FAILURES.address },
  ];
}

/** A password checked: the account it opens, or why not (`retryAt`: the instant, ISO, from which an attempt is admitted again). */
export type PasswordCheck = { user: StaffUser } | { error: 'invalid' } | { error: 'tooMany'; retryAt: string };

/**
 * Checks a password for an account (undefined: no account has that name),
 * throttled per account, per address and per known device
 * (lib/staff/sign-in-delay.ts), wherever a password is asked for: a wrong one
 * anywhere counts as a failed sign-in. The attempt is reserved before the
 * password is verified, and only an admitted attempt is verified; a right
 * password takes its reservation back.
 */
export async function checkPassword(db: Db, user: StaffUser | undefined, attempt: SignInAttempt): Promise<PasswordCheck> {
  const { password, now = new Date() } = attempt;
  const reservation = await reserveAttempt(db, await bucketsOf(db, user, attempt, now), now);
  if (!reservation.admitted) return { error: 'tooMany', retryAt: reservation.retryAt.toISOString() };
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || !user.active) return { error: 'invalid' };
  await releaseAttempt(db, reservation.ids);
  return { user };
}

/** Checks a user name (or phone) and password. */
export async function signInAttempt(db: Db, attempt: SignInAttempt): Promise<{ user: StaffUser } | SignInState> {
  const { login, password } = attempt;
  if (!login || !password) return { login, error: 'required' };
  const result = await checkPassword(db, await findUserForSignIn(db, login), attempt);
  return 'user' in result ? result : { login, ...result };
}

/** An attempt from this request's address and device. */
async function attemptOfRequest(login: string, password: string): Promise<SignInAttempt> {
  return { login, password: password.slice(0, 200), address: clientAddress(await headers()), deviceCookie: await sentDeviceCookie() };
}

/** The sign-in form's attempt from this request; a success remembers the device for that account. */
export async function authenticate(formData: FormData): Promise<{ user: StaffUser } | SignInState> {
  const { db } = await getDatabase();
  const result = await signInAttempt(db, await attemptOfRequest(postedText(formData, 'login').trim().slice(0, 100), postedText(formData, 'password')));
  if ('user' in result) await rememberDevice(db, result.user.id);
  return result;
}

/** Confirms that whoever is signed in on this request knows the account's password, counted as a sign-in to it. */
export async function confirmPassword(user: StaffUser, password: string): Promise<PasswordCheck> {
  const { db } = await getDatabase();
  return checkPassword(db, user, await attemptOfRequest(user.username, password));
}
