import { describe, expect, it } from 'vitest';
import { daysBetween, daysLeft, expectedByToday, shareOf } from '@/lib/campaign/pro-rate';

const peak = { percent: 50, startsOn: '2026-03-24', dueOn: '2026-04-20' };

describe('pro-rating a target over its window', () => {
  it('counts whole calendar days, across month ends', () => {
    expect(daysBetween('2026-03-24', '2026-04-20')).toBe(27);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('expects one day’s part on the first day and the whole on the due day', () => {
    expect(expectedByToday(peak, '2026-03-24')).toBeCloseTo(50 / 28);
    expect(expectedByToday(peak, '2026-04-06')).toBeCloseTo(25);
    expect(expectedByToday(peak, '2026-04-20')).toBe(50);
  });

  it('expects nothing before the window and no more than the target after it', () => {
    expect(expectedByToday(peak, '2026-03-01')).toBe(0);
    expect(expectedByToday(peak, '2026-05-01')).toBe(50);
  });

  it('expects the whole of a one-day target on its day', () => {
    expect(expectedByToday({ percent: 100, startsOn: '2026-12-31', dueOn: '2026-12-31' }, '2026-12-31')).toBe(100);
  });

  it('counts the days left, never below zero', () => {
    expect(daysLeft(peak, '2026-04-10')).toBe(10);
    expect(daysLeft(peak, '2026-04-20')).toBe(0);
    expect(daysLeft(peak, '2026-05-20')).toBe(0);
  });

  it('gives no share where no population was entered', () => {
    expect(shareOf(3, 0)).toBeNull();
    expect(shareOf(3, 12)).toBe(25);
  });
});
