/**
 * A small seeded generator (mulberry32). Its whole state is one 32-bit integer kept in the
 * attempt state, so a stored attempt resumes with the same sequence.
 */
export function seedState(seed: number): number {
  // Spread small seeds (0, 1, 2, ...) over the 32-bit space.
  return Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 0x6d2b79f5;
}

/** The next number in [0, 1) and the generator's next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}
