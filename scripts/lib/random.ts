/**
 * A small seeded random source (mulberry32), so a benchmark run generates exactly the same content
 * every time and two runs measure the same work, and a fuzz test replays the same mutations.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a list. */
  pick<T>(items: readonly T[]): T;
  /** One index in [0, count), skewed so low indexes come up far more often (roughly Zipf-like). */
  skewed(count: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    // The cube of a uniform number piles up near 0: a few questions are reported very often, most rarely.
    skewed: (count) => Math.min(count - 1, Math.floor(next() ** 3 * count)),
    chance: (probability) => next() < probability,
  };
}
