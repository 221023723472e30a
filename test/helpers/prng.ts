/** A small seeded generator for fuzz tests: the same seed gives the same run. */
export class Prng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** Random text from a mix of scripts, emoji, control characters and markup. */
  text(max: number): string {
    const pools = [
      'abcxyz ',
      'АБВгдеёж ',
      '😀🧨👩‍👩‍👧',
      '\u0000\u0007\u200b\u202e\ufeff',
      '<script>"\'&',
      '=+-@\t\r\n',
      '𝔘𝔫𝔦',
    ];
    let s = '';
    const n = this.int(max + 1);
    for (let i = 0; i < n; i++)
      s += [...this.pick(pools)][this.int([...this.pick(pools)].length)] ?? 'x';
    return s;
  }
}
