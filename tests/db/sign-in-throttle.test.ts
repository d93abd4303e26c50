import { and, eq, gte } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { purgeSignInAttempts } from '@/db/queries/sign-in-throttle';
import { signInAttempts } from '@/db/schema';
import { signInAttempt, type SignInState } from '@/app/_services/staff/authenticate';
import { cookieAfterSignIn, deviceSecret } from '@/app/_services/staff/device-cookie';
import { FREE_FAILURES, retryClock } from '@/lib/staff/sign-in-delay';
import vi from '@/messages/vi.json';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

/** A Vietnamese wall-clock instant on a test's own day, so no test's failures fall in another's window. */
const vn = (day: string, clock: string) => new Date(`2026-11-${day}T${clock}+07:00`);
const later = (instant: Date, seconds: number) => new Date(instant.getTime() + seconds * 1000);
const errorOf = (result: Awaited<ReturnType<typeof signInAttempt>>) => ('user' in result ? 'signed-in' : result.error);
const messageFor = (state: SignInState) => vi.Staff.errors.tooMany.replace('{time}', retryClock(new Date(state.retryAt!)));

describeEachEngine('sign-in throttling', (database: () => Database) => {
  const { staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7', 'huongdan-kp8', 'kiemtra-bimson', 'admin']);
  const attempt = (login: string, password: string, address: string, now: Date, deviceCookie?: string) =>
    signInAttempt(database().db, { login, password, address, now, deviceCookie });
  const deviceCookieOf = async (username: string, now: Date) => cookieAfterSignIn(await deviceSecret(database().db), undefined, staff[username].user.id, now);
  /** The failures a bucket holds from one instant on. */
  const failuresIn = async (bucket: string, since: Date) =>
    (await database().db.select().from(signInAttempts).where(and(eq(signInAttempts.bucket, bucket), gte(signInAttempts.at, since)))).length;

  describe('a shared address', () => {
    it("many typos on one account from the cultural house's Wi-Fi refuse neither another account nor the admin's right password", async () => {
      const wifi = '203.0.113.7';
      const start = vn('21', '10:00:00');
      for (let i = 0; i < 20; i++) await attempt('huongdan-kp5', `typo-${i}`, wifi, later(start, i * 5));
      const now = later(start, 100);
      expect(errorOf(await attempt('huongdan-kp5', 'demo-kp5-2026', wifi, now))).toBe('tooMany');
      expect(errorOf(await attempt('huongdan-kp7', 'wrong-once', wifi, now))).toBe('invalid');
      expect(errorOf(await attempt('huongdan-kp7', 'demo-kp7-2026', wifi, now))).toBe('signed-in');
      expect(errorOf(await attempt('admin', 'demo-admin-2026', wifi, now))).toBe('signed-in');
    });

    it('past the address limit the address waits, but a device that signed in before does not', async () => {
      const address = '203.0.113.8';
      const start = vn('21', '15:00:00');
      const adminDevice = await deviceCookieOf('admin', start);
      const logins = Array.from({ length: FREE_FAILURES.address }, (_, i) => `khach-${i}`);
      for (const login of logins) expect(errorOf(await attempt(login, 'guess', address, start))).toBe('invalid');
      expect(errorOf(await attempt('admin', 'demo-admin-2026', address, later(start, 1)))).toBe('tooMany');
      expect(errorOf(await attempt('admin', 'demo-admin-2026', address, later(start, 1), adminDevice))).toBe('signed-in');
      expect(errorOf(await attempt('admin', 'demo-admin-2026', '203.0.113.9', later(start, 1)))).toBe('signed-in');
    });
  });

  describe('parallel attempts', () => {
    it('forty at once on one account get exactly the free five verified, from many addresses', async () => {
      const now = vn('22', '09:00:00');
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt('huongdan-kp7', `guess-${i}`, `198.51.100.${i}`, now)));
      expect(results.filter((r) => errorOf(r) === 'invalid')).toHaveLength(FREE_FAILURES.account);
      expect(results.filter((r) => errorOf(r) === 'tooMany')).toHaveLength(40 - FREE_FAILURES.account);
      expect(await failuresIn(`account:${staff['huongdan-kp7'].user.id}`, now)).toBe(FREE_FAILURES.account);
    });

    it('sixty at once from one address on different names get exactly the address limit verified', async () => {
      const now = vn('22', '11:00:00');
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(`ten-${i}`, 'guess', '198.51.100.200', now)));
      expect(results.filter((r) => errorOf(r) === 'invalid')).toHaveLength(FREE_FAILURES.address);
      expect(await failuresIn('address:198.51.100.200', now)).toBe(FREE_FAILURES.address);
    });
  });

  describe('an attacker trying to keep an account locked', () => {
    it("never stops the owner's device; without its cookie the owner waits exactly the time stated", async () => {
      const start = vn('23', '08:00:00');
      const owner = await attempt('huongdan-kp8', 'demo-kp8-2026', '192.0.2.10', start);
      if (!('user' in owner)) throw new Error('the owner could not sign in');
      const device = await deviceCookieOf('huongdan-kp8', start);
      let last = start;
      // For an hour the attacker tries every three minutes, each time a second-by-second burst.
      for (let minute = 1; minute <= 60; minute += 3) {
        for (let second = 0; second < 20; second++) {
          last = later(start, minute * 60 + second);
          await attempt('huongdan-kp8', `guess-${minute}-${second}`, `198.18.${minute}.${second}`, last);
        }
        expect(errorOf(await attempt('huongdan-kp8', 'demo-kp8-2026', '192.0.2.10', later(last, 1), device))).toBe('signed-in');
      }

      const refused = await attempt('huongdan-kp8', 'demo-kp8-2026', '192.0.2.11', later(last, 1));
      expect(errorOf(refused)).toBe('tooMany');
      const retryAt = new Date((refused as SignInState).retryAt!);
      expect(retryAt.getTime()).toBeGreaterThan(later(last, 1).getTime());
      expect(await attempt('huongdan-kp8', 'demo-kp8-2026', '192.0.2.11', later(retryAt, -1))).toEqual(refused);
      expect(errorOf(await attempt('huongdan-kp8', 'demo-kp8-2026', '192.0.2.11', retryAt))).toBe('signed-in');
    });

    it("a cookie vouches only for its own account, and not once it is altered", async () => {
      const start = vn('23', '14:00:00');
      const device = await deviceCookieOf('kiemtra-bimson', start);
      for (let i = 0; i < 6; i++) await attempt('huongdan-kp5', `guess-${i}`, `198.18.200.${i}`, start);
      expect(errorOf(await attempt('huongdan-kp5', 'demo-kp5-2026', '192.0.2.20', start, device))).toBe('tooMany');
      for (let i = 0; i < 6; i++) await attempt('kiemtra-bimson', `guess-${i}`, `198.18.201.${i}`, start);
      expect(errorOf(await attempt('kiemtra-bimson', 'demo-kiemtra-2026', '192.0.2.20', start, `${device.slice(0, -2)}xx`))).toBe('tooMany');
      expect(errorOf(await attempt('kiemtra-bimson', 'demo-kiemtra-2026', '192.0.2.20', start, device))).toBe('signed-in');
    });
  });

  describe('an account that does not exist', () => {
    it('is refused exactly as one that does, however its name or phone is written', async () => {
      const now = vn('26', '15:00:00');
      for (const [login, again] of [['huongdan-kp7', 'HuongDan-KP7'], ['0987 654 321', '+84987654321'], ['Khong-Ai', 'khong-ai']]) {
        for (let i = 0; i < FREE_FAILURES.account; i++) expect(errorOf(await attempt(login, 'guess', `192.0.2.${50 + i}`, now))).toBe('invalid');
        expect(await attempt(again, 'guess', '192.0.2.60', now)).toEqual({ login: again, error: 'tooMany', retryAt: later(now, 2).toISOString() });
      }
    });
  });

  describe('a sliding window', () => {
    it('a failure 14 minutes ago still counts and one 16 minutes ago does not, whatever the clock', async () => {
      for (const clock of ['09:00:00', '09:07:30', '09:14:59', '09:15:00']) {
        const now = vn('24', clock);
        for (const [ago, expected] of [[14, 'tooMany'], [16, 'invalid']] as const) {
          const login = `khong-co-${clock}-${ago}`;
          const address = `192.0.2.${ago}`;
          for (let i = 0; i < FREE_FAILURES.account; i++) await attempt(login, 'guess', address, later(now, -ago * 60 + i));
          expect(errorOf(await attempt(login, 'guess', address, later(now, -1)))).toBe('invalid');
          expect(errorOf(await attempt(login, 'guess', address, now)), `${clock}, failures ${ago} minutes ago`).toBe(expected);
        }
      }
    });
  });

  describe('the message', () => {
    it('names the Vietnamese time from which an attempt is admitted, and that time holds', async () => {
      const start = vn('25', '14:20:00');
      // Five free failures, then 2, 4, 8, 16 and 32 seconds after each: the last at 14:21:06 makes the next wait 64 s.
      const admitted = [0, 1, 2, 3, 4, 6, 10, 18, 34, 66];
      for (const second of admitted) expect(errorOf(await attempt('huongdan-kp5', 'guess', '192.0.2.30', later(start, second)))).toBe('invalid');
      const refused = await attempt('huongdan-kp5', 'demo-kp5-2026', '192.0.2.31', vn('25', '14:21:30'));
      expect(refused).toMatchObject({ error: 'tooMany', retryAt: vn('25', '14:22:10').toISOString() });
      expect(messageFor(refused as SignInState)).toBe('Đăng nhập sai quá nhiều lần. Hãy thử lại từ 14:23.');
      expect(errorOf(await attempt('huongdan-kp5', 'demo-kp5-2026', '192.0.2.31', vn('25', '14:22:09')))).toBe('tooMany');
      expect(errorOf(await attempt('huongdan-kp5', 'demo-kp5-2026', '192.0.2.31', vn('25', '14:22:10')))).toBe('signed-in');
    });
  });

  it('old attempts are purged once they no longer count', async () => {
    const now = vn('26', '10:00:00');
    await attempt('khong-co-purge', 'guess', '192.0.2.40', later(now, -16 * 60));
    await attempt('khong-co-purge', 'guess', '192.0.2.40', later(now, -14 * 60));
    await purgeSignInAttempts(database().db, now);
    expect(await failuresIn('address:192.0.2.40', later(now, -60 * 60))).toBe(1);
  });
});
