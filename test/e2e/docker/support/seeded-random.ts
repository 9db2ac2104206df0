/**
 * mulberry32: a small seeded generator, so that the "random" interruption point is the same
 * on every run of the test, and another seed (CLOUDSTATE_TCK_LEAK_SEED) explores others.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);

    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
