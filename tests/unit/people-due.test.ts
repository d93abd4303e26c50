import { describe, expect, it } from 'vitest';
import { dueShare, peopleFor } from '@/lib/campaign/people-due';

const target = (targetGroup: 'official' | 'student' | null, percent: number, dueOn: string, encouraged = false) => ({ targetGroup, percent, startsOn: '2026-11-20', dueOn, encouraged });

describe('dueShare', () => {
  const targets = [target('official', 100, '2026-12-20'), target('student', 100, '2026-12-20', true), target(null, 62, '2026-12-30')];

  it('takes the highest share any target for the group, or for everyone, expects by the day', () => {
    // 2026-11-20 to 2026-12-20 is 31 days, to 2026-12-30 is 41; 2026-12-02 is the 13th day of both.
    expect(dueShare('official', targets, '2026-12-02')).toBeCloseTo((100 * 13) / 31);
    expect(dueShare('official', targets, '2026-12-25')).toBe(100);
  });

  it('never makes anyone due by an encouraged target, and nothing is due without a target', () => {
    expect(dueShare('student', targets, '2026-12-02')).toBeCloseTo((62 * 13) / 41);
    expect(dueShare('student', [targets[1]], '2026-12-02')).toBe(0);
  });
});

describe('peopleFor', () => {
  it('rounds up to whole people, and a whole share of people stays whole', () => {
    expect(peopleFor(40, (100 * 13) / 31)).toBe(17);
    expect(peopleFor(40, 25)).toBe(10);
    expect(peopleFor(0, 50)).toBe(0);
  });
});
