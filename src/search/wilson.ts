/** The Wilson score interval of a proportion: unlike p ± z·se it stays within [0, 1] and is honest for small groups. Pure. */

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export function wilsonInterval(successes: number, total: number, z = Z95): Interval {
  if (total <= 0) return { low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const center = (p + z2 / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total))) / denominator;
  // At 0 and at n the bound is exactly 0 (or 1); computed, it is off by a rounding error.
  return { low: successes <= 0 ? 0 : Math.max(0, center - half), high: successes >= total ? 1 : Math.min(1, center + half) };
}
