import { describe, expect, it } from 'vitest';
import { likenessOf, survivorOf } from '@/lib/campaign/person-likeness';

const person = (id: number, fields: Partial<Parameters<typeof survivorOf>[0]> = {}) => ({
  id,
  fullName: 'Nguyễn Văn An',
  source: 'outcome' as const,
  personKey: null,
  createdAt: new Date('2026-11-20T02:00:00Z'),
  ...fields,
});

describe('"có thể là cùng một người"', () => {
  it('says whether the names are the same or the same only without accents', () => {
    expect(likenessOf({ fullName: 'Nguyễn Văn An' }, { fullName: 'NGUYỄN VĂN AN' })).toBe('same-name');
    expect(likenessOf({ fullName: 'Nguyễn Văn An' }, { fullName: 'Nguyen Van An' })).toBe('name-without-accents');
  });

  it('keeps the person the police know by ID number, then the police list\'s, then the oldest, then the first entered', () => {
    const older = person(2, { createdAt: new Date('2026-11-19T02:00:00Z') });
    expect(survivorOf(person(1), person(2, { personKey: 'k' })).survivor.id).toBe(2);
    expect(survivorOf(person(1), person(2, { source: 'police-list' })).survivor.id).toBe(2);
    expect(survivorOf(person(1), older)).toEqual({ survivor: older, merged: person(1) });
    expect(survivorOf(person(2), person(1)).survivor.id).toBe(1);
  });
});
