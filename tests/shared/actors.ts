import { ROLES, type Actor, type Role } from '../../src-renderer/core/accounts/types';
import { newId } from '../../src-renderer/core/ids';

const ids = new Map<string, string>();

/**
 * A signed-in user for tests and benches. By default one "allowed to do everything": EVERY role,
 * administrator and business, with the whole archive in scope — what the tests written before
 * accounts did as "the operator" (the profile needs the security administrator's 'profile.edit',
 * the archive the business roles). No real account can hold that (三员分立, core `checkRoles`);
 * tests that prove a refusal pass a real role set. The same name always gets the same id within a
 * run, so history and authorship compare by id.
 */
export function testActor(name = '张伟', roles: readonly Role[] = ROLES, scope: Actor['scope'] = 'all'): Actor {
  let userId = ids.get(name);
  if (!userId) {
    userId = newId();
    ids.set(name, userId);
  }
  return { userId, name, roles, scope, managerId: null };
}
