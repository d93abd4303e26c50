import { sameName } from './person-name';
import type { PersonSource } from './person-values';

/** What a pair of people offered as "có thể là cùng một người" have in common. */
export type Likeness = 'same-name' | 'name-without-accents';

interface Candidate {
  id: number;
  fullName: string;
  source: PersonSource;
  personKey: string | null;
  createdAt: Date;
}

/**
 * Why two people of one hamlet whose names read the same without diacritics
 * were offered: the very same name (one of them came without a phone, so the
 * register could not be sure), or the same letters with other accents or none.
 */
export const likenessOf = (a: Pick<Candidate, 'fullName'>, b: Pick<Candidate, 'fullName'>): Likeness =>
  sameName(a.fullName, b.fullName) ? 'same-name' : 'name-without-accents';

/** What decides who stays, most telling first. */
const keepFirst: ((p: Candidate) => number)[] = [
  // A re-import of the police's list finds people by their ID number, and the list's facts (level 2, absent) are theirs.
  (p) => (p.personKey === null ? 1 : 0),
  (p) => (p.source === 'police-list' ? 0 : 1),
  // Otherwise the oldest history keeps its number.
  (p) => p.createdAt.getTime(),
  (p) => p.id,
];

/** Who stays when two people are one, and who is merged into them. */
export function survivorOf<P extends Candidate>(a: P, b: P): { survivor: P; merged: P } {
  const order = keepFirst.map((rank) => rank(a) - rank(b)).find((difference) => difference !== 0) ?? 0;
  return order <= 0 ? { survivor: a, merged: b } : { survivor: b, merged: a };
}
