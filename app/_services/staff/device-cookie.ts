import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import type { Db } from '@/db/client';
import { appSecret } from '@/db/queries/app-secrets';
import { cookieSpec } from '@/app/_services/http/cookie-spec';

/**
 * A device that has signed in to an account before carries a signed note
 * saying so (OWASP's device cookies): its attempts on that account count in
 * the device's own bucket, so failures from elsewhere never lock it out. One
 * cookie holds the accounts of everyone who signs in on a shared laptop.
 */
export const DEVICE_DAYS = 180;
const MAX_ACCOUNTS = 5;

interface Entry {
  userId: number;
  device: string;
  expires: number;
}

const deviceCookie = () => cookieSpec('vneid_device');

export const deviceSecret = (db: Db) => appSecret(db, 'device-cookie');

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

function sameText(a: string, b: string) {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

const written = (secret: string, { userId, device, expires }: Entry) => {
  const payload = `${userId}.${device}.${expires}`;
  return `${payload}.${mac(secret, payload)}`;
};

/** The entries whose signature holds and that have not expired; a token is valid only as this app writes it. */
function validEntries(secret: string, value: string | undefined, now: Date): Entry[] {
  return (value ?? '')
    .split('~')
    .slice(0, MAX_ACCOUNTS)
    .flatMap((token) => {
      const [userId, device, expires] = token.split('.');
      const entry = { userId: Number(userId), device, expires: Number(expires) };
      return sameText(written(secret, entry), token) && entry.expires * 1000 > now.getTime() ? [entry] : [];
    });
}

/** The device id the cookie vouches for on this account, if it carries a valid, unexpired entry for it. */
export function trustedDevice(secret: string, value: string | undefined, userId: number, now = new Date()): string | null {
  return validEntries(secret, value, now).find((entry) => entry.userId === userId)?.device ?? null;
}

/** The cookie after a successful sign-in: this account's entry renewed (same device id) or added, first; other valid ones kept. */
export function cookieAfterSignIn(secret: string, value: string | undefined, userId: number, now = new Date()): string {
  const entries = validEntries(secret, value, now);
  const device = entries.find((entry) => entry.userId === userId)?.device ?? randomBytes(12).toString('base64url');
  const renewed = { userId, device, expires: Math.floor(now.getTime() / 1000) + DEVICE_DAYS * 24 * 3600 };
  return [renewed, ...entries.filter((entry) => entry.userId !== userId)]
    .slice(0, MAX_ACCOUNTS)
    .map((entry) => written(secret, entry))
    .join('~');
}

/** This request's device cookie, as sent. */
export async function sentDeviceCookie(): Promise<string | undefined> {
  return (await cookies()).get((await deviceCookie()).name)?.value;
}

/** Remembers that this device has signed in to the account. */
export async function rememberDevice(db: Db, userId: number) {
  const { name, secure } = await deviceCookie();
  const value = cookieAfterSignIn(await deviceSecret(db), await sentDeviceCookie(), userId);
  (await cookies()).set(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: DEVICE_DAYS * 24 * 3600 });
}
