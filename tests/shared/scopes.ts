import type { DataScope } from '../../src-renderer/core/accounts/types';
import type { ReadScope } from '../../src-renderer/data/scope';

/** The reads of a user who sees the whole archive (全部): what the tests written before data scopes read. */
export const WHOLE_ARCHIVE: ReadScope = { actor: { scope: 'all', managerId: null }, installationId: '00000000-0000-7000-8000-000000000000' };

/** The reads of a user of `scope` on installation `installationId`, linked to `managerId`. */
export function readScope(scope: DataScope, installationId: string, managerId: string | null = null): ReadScope {
  return { actor: { scope, managerId }, installationId };
}
