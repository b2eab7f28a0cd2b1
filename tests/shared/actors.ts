import { BUSINESS_ROLES, type Actor, type Role } from '../../src-renderer/core/accounts/types';
import { newId } from '../../src-renderer/core/ids';

const ids = new Map<string, string>();

/**
 * A signed-in user for tests and benches: by default one who holds every business role with the
 * whole archive in scope (what the tests written before accounts did as "the operator"). The same
 * name always gets the same id within a run, so history and authorship compare by id.
 */
export function testActor(name = '张伟', roles: readonly Role[] = BUSINESS_ROLES, scope: Actor['scope'] = 'all'): Actor {
  let userId = ids.get(name);
  if (!userId) {
    userId = newId();
    ids.set(name, userId);
  }
  return { userId, name, roles, scope, managerId: null };
}
