import type { Actor } from '../core/accounts/types';
import type { ChangeSource } from '../core/change-log';
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
  /**
   * What the writes belong to, when more than a form: a spreadsheet import or its undo. Every change
   * entry written with this context carries it (records.ts), so the history names the import.
   */
  source?: ChangeSource;
}
