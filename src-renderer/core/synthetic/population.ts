import type { SyntheticCustomer } from './customers';
import type { Manager } from './people';
import type { Rng } from './prng';

/** What the record generators share about the customers, built once after the customers. */
export interface Population {
  customers: readonly SyntheticCustomer[];
  managers: readonly Manager[];
  /** Customer indexes, most important first: interactions, complaints and money follow this order. */
  hot: Int32Array;
  /** Customer index → its place in `hot` as a fraction in [0, 1) (0 = most important). */
  rank: Float64Array;
  /** Up to three contact names per customer, for interaction participants. */
  contactNames: string[][];
  /** Calendar day (see dates.ts) that counts as "today" for the generated data. */
  today: number;
}

export function makePopulation(customers: readonly SyntheticCustomer[], managers: readonly Manager[], today: number, rng: Rng): Population {
  const n = customers.length;
  const order = Array.from({ length: n }, (_, i) => i);
  rng.shuffle(order);
  const hot = Int32Array.from(order);
  const rank = new Float64Array(n);
  hot.forEach((c, i) => (rank[c] = i / n));
  return { customers, managers, hot, rank, contactNames: Array.from({ length: n }, () => []), today };
}

/**
 * A customer index skewed to the important ones (the 80/20 rule of PRODUCT.md): with the uniform draw
 * raised to 2.5, the top 20 % of customers get about half of all picks.
 */
export function pickHot(rng: Rng, population: Population): number {
  return population.hot[Math.floor(rng.next() ** 2.5 * population.hot.length)]!;
}
