/**
 * A small seeded PRNG for synthetic data: mulberry32 (32-bit state, fast, good enough for test
 * data — NOT for anything secret). Same seed → same sequence on every JS engine, which is what
 * makes a generated institute reproducible across runs and machines.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A child generator for one section of the data, so changing one section's count leaves the others unchanged. */
  static derive(seed: number, section: string): Rng {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (let i = 0; i < section.length; i++) h = Math.imul(h ^ section.charCodeAt(i), 0x01000193) >>> 0;
    return new Rng(h);
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Pick by weight: `weights[i]` is the relative weight of `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]!;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** `count` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  digits(count: number): string {
    let s = '';
    for (let i = 0; i < count; i++) s += Math.floor(this.next() * 10);
    return s;
  }
}

const HEX = '0123456789abcdef';

/**
 * Deterministic UUID v7 ids: the 48-bit time field counts up from `startMs` (one millisecond per id),
 * the random bits come from the PRNG. Time-ordered like the app's own ids (core/ids.ts), so the
 * synthetic load appends to the end of IndexedDB's B-tree as a real import would.
 */
export class IdFactory {
  private ms: number;

  constructor(
    private readonly rng: Rng,
    startMs: number,
  ) {
    this.ms = startMs;
  }

  next(): string {
    const time = (this.ms++).toString(16).padStart(12, '0');
    let rand = '';
    for (let i = 0; i < 18; i++) rand += HEX[Math.floor(this.rng.next() * 16)];
    const variant = HEX[8 + Math.floor(this.rng.next() * 4)];
    return `${time.slice(0, 8)}-${time.slice(8)}-7${rand.slice(0, 3)}-${variant}${rand.slice(3, 6)}-${rand.slice(6, 18)}`;
  }
}
