import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { findUserForSignIn, userForSession } from '@/db/queries/staff';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { retryClock } from '@/lib/staff/sign-in-delay';
import messages from '@/messages/vi.json';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

// The actions read the database, the client address and the cookies the way a request gives them.
const request = vi.hoisted(() => ({ database: undefined as Database | undefined, address: '', cookies: new Map<string, string>() }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDatabase: async () => request.database! }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: request.address }),
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));
// A signed-in browser is never sent elsewhere here; the pages' navigation needs Next.js itself.
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`redirected to ${href}`);
  },
}));
const { authenticate } = await import('@/app/_services/staff/authenticate');
const { startSession } = await import('@/app/_services/staff/session');
const { changePassword } = await import('@/app/[locale]/(site)/staff/password/actions');

let addressSeq = 0;
/** A browser of its own: no cookies yet, its own address. */
const newBrowser = () => {
  request.cookies = new Map();
  request.address = `198.51.100.${addressSeq++}`;
};
const sessionCookie = () => request.cookies.get('vneid_staff');

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** What the sign-in form does, short of going on to the day's page. */
async function signIn(login: string, password: string) {
  const result = await authenticate(form({ login, password }));
  if ('user' in result) await startSession(result.user.id);
  return result;
}

const changePasswordTo = (current: string, next: string) => changePassword({}, form({ current, next }));

describeEachEngine('staff sessions on a browser', (database: () => Database) => {
  const { staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'huongdan-kp8']);
  const opens = async (sessionId: string | undefined) => (await userForSession(database().db, sessionId!))?.username;

  beforeAll(() => {
    request.database = database();
    // The throttle's waits are counted from the clock; a still one keeps them exact.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T09:00:00+07:00'));
  });
  afterAll(() => vi.useRealTimers());
  beforeEach(newBrowser);

  it('signing in again on the same browser ends the session it held', async () => {
    await signIn('huongdan-kp5', 'demo-kp5-2026');
    const old = sessionCookie();
    await signIn('huongdan-kp5', 'demo-kp5-2026');
    expect(await opens(old)).toBeUndefined();
    expect(await opens(sessionCookie())).toBe('huongdan-kp5');
  });

  it("another account signing in on the same browser ends the first one's session", async () => {
    await signIn('huongdan-kp5', 'demo-kp5-2026');
    const first = sessionCookie();
    await signIn('huongdan-kp7', 'demo-kp7-2026');
    expect(await opens(first)).toBeUndefined();
    expect(await opens(sessionCookie())).toBe('huongdan-kp7');
  });

  it("a new password ends the account's sessions on other browsers and keeps this one signed in", async () => {
    await signIn('huongdan-kp8', 'demo-kp8-2026');
    const otherBrowser = sessionCookie();
    newBrowser();
    await signIn('huongdan-kp8', 'demo-kp8-2026');
    expect(await changePasswordTo('demo-kp8-2026', 'a-new-password-2026')).toEqual({ done: true });
    expect(await opens(otherBrowser)).toBeUndefined();
    expect(await opens(sessionCookie())).toBe('huongdan-kp8');
  });

  describe('the current password on the password page', () => {
    it('counts wrong guesses as failed sign-ins: past the free five it waits like sign-in, saying until when in Vietnamese', async () => {
      await signIn('huongdan-kp7', 'demo-kp7-2026');
      // A session cookie taken to another browser, without the device cookie that vouches for the owner's.
      const stolen = sessionCookie()!;
      newBrowser();
      request.cookies.set('vneid_staff', stolen);
      for (let i = 0; i < 5; i++) expect(await changePasswordTo(`guess-${i}`, 'taken-over-2026')).toEqual({ error: 'wrongPassword' });

      const refused = await changePasswordTo('demo-kp7-2026', 'taken-over-2026');
      expect(refused).toMatchObject({ error: 'tooMany' });
      const message = messages.Staff.errors.tooMany.replace('{time}', retryClock(new Date(refused.retryAt!)));
      expect(message).toBe('Đăng nhập sai quá nhiều lần. Hãy thử lại từ 09:01.');
      // The guesses count against the account: signing in to it from elsewhere, without the owner's device, waits too.
      newBrowser();
      expect(await signIn('huongdan-kp7', 'demo-kp7-2026')).toMatchObject({ error: 'tooMany', retryAt: refused.retryAt });
      expect((await findUserForSignIn(database().db, 'huongdan-kp7'))!.passwordHash).toBe(staff['huongdan-kp7'].user.passwordHash);
    });
  });
});
