/** A small seeded generator (mulberry32), so a failing test shows the same data again, with the picks a generator needs. */
export function seededRandom(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)),
    pick: <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)],
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;
