import type { Actor } from '../core/accounts/types';
import type { HybridLogicalClock } from '../core/hlc';

/**
 * Who and what stamps a write: the installation's clock and id, and the signed-in user (issue 15.4).
 * Repositories check the user's permission before they write (core/accounts/permissions.ts).
 */
export interface WriteContext {
  clock: HybridLogicalClock;
  origin: string;
  actor: Actor;
  now: () => Date;
}
