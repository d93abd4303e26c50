import { describe, expect, it } from 'vitest';
import { afterQuietHours, holdThroughQuietHours } from '@/lib/messaging/quiet-hours';
import { toInstant } from '@/lib/time';

const at = (day: string, time: string) => toInstant(day, time);

describe('quiet hours, 21:00 to 07:00 Vietnamese time', () => {
  it('lets a message go at once by day, and holds one made at night until 07:00', () => {
    expect(afterQuietHours(at('2026-12-07', '07:00'))).toEqual(at('2026-12-07', '07:00'));
    expect(afterQuietHours(at('2026-12-07', '20:59'))).toEqual(at('2026-12-07', '20:59'));
    expect(afterQuietHours(at('2026-12-07', '21:00'))).toEqual(at('2026-12-08', '07:00'));
    expect(afterQuietHours(at('2026-12-07', '23:59'))).toEqual(at('2026-12-08', '07:00'));
    expect(afterQuietHours(at('2026-12-08', '00:00'))).toEqual(at('2026-12-08', '07:00'));
    expect(afterQuietHours(at('2026-12-08', '06:59'))).toEqual(at('2026-12-08', '07:00'));
  });

  it('reads Vietnamese time, whatever the server is set to: 22:30 UTC is 05:30 there', () => {
    expect(afterQuietHours(new Date('2026-12-07T22:30:00Z'))).toEqual(new Date('2026-12-08T00:00:00Z'));
    expect(afterQuietHours(new Date('2026-12-07T13:59:00Z'))).toEqual(new Date('2026-12-07T13:59:00Z'));
  });

  it('follows the hours a ward sets, or none', () => {
    expect(afterQuietHours(at('2026-12-07', '22:30'), '22:00-06:00')).toEqual(at('2026-12-08', '06:00'));
    expect(afterQuietHours(at('2026-12-07', '21:30'), '22:00-06:00')).toEqual(at('2026-12-07', '21:30'));
    expect(afterQuietHours(at('2026-12-07', '12:30'), '12:00-13:00')).toEqual(at('2026-12-07', '13:00'));
    expect(afterQuietHours(at('2026-12-07', '23:00'), '')).toEqual(at('2026-12-07', '23:00'));
  });

  it('extends to 08:00 a waitlist hold that would run out before its offer is read, and leaves others', () => {
    const night = at('2026-12-07', '22:30');
    const morning = afterQuietHours(night);
    expect(holdThroughQuietHours(morning, at('2026-12-07', '23:30'), night)).toEqual(at('2026-12-08', '08:00'));
    expect(holdThroughQuietHours(morning, at('2026-12-08', '09:00'), night)).toEqual(at('2026-12-08', '09:00'));
    const day = at('2026-12-07', '10:00');
    expect(holdThroughQuietHours(day, at('2026-12-07', '11:00'), day)).toEqual(at('2026-12-07', '11:00'));
  });
});
