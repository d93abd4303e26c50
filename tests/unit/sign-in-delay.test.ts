import { describe, expect, it } from 'vitest';
import { cookieAfterSignIn, DEVICE_DAYS, trustedDevice } from '@/app/_services/staff/device-cookie';
import { nextAttemptAt, retryClock } from '@/lib/staff/sign-in-delay';

const NOW = new Date('2026-12-03T07:30:00Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe('the delay after failed sign-ins', () => {
  it('admits at once below the free failures', () => {
    expect(nextAttemptAt([ago(3), ago(2), ago(1), ago(0)], 5, NOW)).toEqual(NOW);
  });

  it('doubles with each failure past the free ones: 2 s, 4 s, 8 s after the latest', () => {
    const five = [ago(50), ago(40), ago(30), ago(20), ago(0)];
    expect(nextAttemptAt(five, 5, NOW)).toEqual(ago(-2));
    expect(nextAttemptAt([ago(60), ...five], 5, NOW)).toEqual(ago(-4));
    expect(nextAttemptAt([ago(70), ago(60), ...five], 5, NOW)).toEqual(ago(-8));
  });

  it('waits less once failures leave the window, so never beyond 15 minutes', () => {
    // Thirty failures in half a minute: admitted when thirteen remain, as the 512 s they ask for have passed.
    const many = Array.from({ length: 30 }, (_, i) => ago(i));
    expect(nextAttemptAt(many, 5, NOW)).toEqual(ago(-(15 * 60 - 13)));
    // Seven failures ask 8 s after the latest; 3 s on the oldest leaves, and the six left ask only 4 s.
    const spread = [ago(14 * 60 + 57), ago(5), ago(4), ago(3), ago(2), ago(1), ago(0)];
    expect(nextAttemptAt(spread, 5, NOW)).toEqual(ago(-4));
  });

  it('tells the retry time in Vietnamese time, rounded up to the minute', () => {
    expect(retryClock(new Date('2026-12-03T07:32:00Z'))).toBe('14:32');
    expect(retryClock(new Date('2026-12-03T07:32:01Z'))).toBe('14:33');
  });
});

describe('the device cookie', () => {
  const secret = 'test-secret';

  it('vouches for the accounts signed in on the device, each with its own device id kept on renewal', () => {
    const first = cookieAfterSignIn(secret, undefined, 7, NOW);
    const both = cookieAfterSignIn(secret, first, 9, NOW);
    const device = trustedDevice(secret, first, 7, NOW);
    expect(device).toMatch(/^[\w-]{16}$/);
    expect(trustedDevice(secret, both, 7, NOW)).toBe(device);
    expect(trustedDevice(secret, both, 9, NOW)).not.toBe(device);
    expect(trustedDevice(secret, cookieAfterSignIn(secret, both, 7, NOW), 7, NOW)).toBe(device);
    expect(trustedDevice(secret, both, 8, NOW)).toBeNull();
  });

  it('is refused when altered, signed with another secret, or expired', () => {
    const value = cookieAfterSignIn(secret, undefined, 7, NOW);
    expect(trustedDevice(secret, value.replace(/^7\./, '8.'), 8, NOW)).toBeNull();
    expect(trustedDevice('another-secret', value, 7, NOW)).toBeNull();
    expect(trustedDevice(secret, value, 7, new Date(NOW.getTime() + DEVICE_DAYS * 24 * 3600_000))).toBeNull();
    expect(trustedDevice(secret, 'garbage~7.a.b~', 7, NOW)).toBeNull();
  });
});
