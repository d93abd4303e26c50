import { describe, expect, it } from 'vitest';
import { currentStep, daysBetween, daysLeft, expectedByToday, previousStep, shareOf, targetPhases } from '@/lib/campaign/pro-rate';

const peak = { targetGroup: null, percent: 50, startsOn: '2026-03-24', dueOn: '2026-04-20' };

// The phased target: "Người dân khác" 50 % by 15/12, then 100 % by 31/12, both entered as starting on 1/12.
const half = { targetGroup: 'other-citizen', percent: 50, startsOn: '2026-12-01', dueOn: '2026-12-15' };
const whole = { targetGroup: 'other-citizen', percent: 100, startsOn: '2026-12-01', dueOn: '2026-12-31' };
const students = { targetGroup: 'student', percent: 30, startsOn: '2026-12-01', dueOn: '2026-12-10' };
const plan = [whole, students, half];

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
    expect(expectedByToday({ targetGroup: null, percent: 100, startsOn: '2026-12-31', dueOn: '2026-12-31' }, '2026-12-31')).toBe(100);
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

describe('a target in phases', () => {
  it('the day after 50 % was due, the 100 % step expects just above 50 %, not a few percent from zero', () => {
    expect(expectedByToday(whole, '2026-12-16', plan)).toBeCloseTo(50 + 50 / 16);
    expect(expectedByToday(whole, '2026-12-16')).toBeCloseTo(100 * (16 / 31));
  });

  it('climbs evenly from the earlier step’s share to its own by its due date, and stays there after', () => {
    expect(expectedByToday(whole, '2026-12-23', plan)).toBeCloseTo(75);
    expect(expectedByToday(whole, '2026-12-31', plan)).toBe(100);
    expect(expectedByToday(whole, '2027-01-10', plan)).toBe(100);
  });

  it('up to the earlier step’s due date, expects what the earlier step expects', () => {
    expect(expectedByToday(whole, '2026-11-30', plan)).toBe(0);
    expect(expectedByToday(whole, '2026-12-08', plan)).toBeCloseTo(expectedByToday(half, '2026-12-08'));
    expect(expectedByToday(whole, '2026-12-15', plan)).toBe(50);
  });

  it('chains three steps, each from the one before', () => {
    const quarter = { ...half, percent: 25, dueOn: '2026-12-05' };
    const steps = [quarter, half, whole];
    expect(expectedByToday(whole, '2026-12-05', steps)).toBe(25);
    expect(expectedByToday(whole, '2026-12-10', steps)).toBeCloseTo(25 + 25 * (5 / 10));
    expect(expectedByToday(whole, '2026-12-15', steps)).toBe(50);
  });

  it('holds the earlier share until a later step starts, when it starts after the earlier one is due', () => {
    const late = { ...whole, startsOn: '2026-12-21' };
    expect(expectedByToday(late, '2026-12-20', [half, late])).toBe(50);
    expect(expectedByToday(late, '2026-12-21', [half, late])).toBeCloseTo(50 + 50 / 11);
  });

  it('a step with no earlier step of its group, or steps due the same day, pro-rate from zero', () => {
    expect(expectedByToday(half, '2026-12-08', plan)).toBeCloseTo(50 * (8 / 15));
    expect(expectedByToday(students, '2026-12-05', plan)).toBeCloseTo(15);
    const twin = { ...half, percent: 60 };
    expect(previousStep(twin, [half, twin])).toBeUndefined();
    expect(expectedByToday(twin, '2026-12-08', [half, twin])).toBeCloseTo(60 * (8 / 15));
  });

  it('groups each group’s steps together by due date, and tells the step being worked towards on a day', () => {
    expect(targetPhases(plan)).toEqual([[half, whole], [students]]);
    expect(currentStep(plan, 'other-citizen', '2026-12-01')).toBe(half);
    expect(currentStep(plan, 'other-citizen', '2026-12-15')).toBe(half);
    expect(currentStep(plan, 'other-citizen', '2026-12-16')).toBe(whole);
    expect(currentStep(plan, 'other-citizen', '2027-02-01')).toBe(whole);
    expect(currentStep(plan, null, '2026-12-16')).toBeUndefined();
  });
});
