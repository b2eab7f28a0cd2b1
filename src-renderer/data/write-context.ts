import type { HybridLogicalClock } from '../core/hlc';

/** Who and what stamps a write: the installation's clock and id, and the operator's name. */
export interface WriteContext {
  clock: HybridLogicalClock;
  origin: string;
  operator: string;
  now: () => Date;
}
