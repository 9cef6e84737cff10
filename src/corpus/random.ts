/**
 * The generator's only source of chance: a small seeded PRNG (mulberry32), one stream per letter,
 * derived from (seed, index) alone — so letter N is the same whichever letters are generated
 * around it, on every machine and Node version (only 32-bit integer arithmetic).
 */

/** Mixes two 32-bit integers into one well-spread seed (the murmur3 finaliser over a combined word). */
function mix(seed: number, index: number): number {
  let h = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Weighted<T> {
  readonly value: T;
  readonly weight: number;
}

/** Draws for one letter. Every method consumes the stream, so the order of calls is part of the output. */
export class Draw {
  private state: number;

  constructor(seed: number, index: number) {
    this.state = mix(seed >>> 0, index >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: readonly Weighted<T>[]): T {
    let total = 0;
    for (const item of items) total += item.weight;
    let at = this.next() * total;
    for (const item of items) {
      at -= item.weight;
      if (at < 0) return item.value;
    }
    return items[items.length - 1]!.value;
  }

  /** `count` distinct items, in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
}

/** Shorthand for weighted tables: `w(['a', 3], ['b', 1])`. */
export function w<T>(...entries: ReadonlyArray<readonly [T, number]>): Weighted<T>[] {
  return entries.map(([value, weight]) => ({ value, weight }));
}
