import type { Actor, UserRecord } from './types';

/** The signed-in user as writes and audit entries carry it. */
export function actorOf(user: Pick<UserRecord, 'id' | 'displayName' | 'roles' | 'scope' | 'managerId'>): Actor {
  return { userId: user.id, name: user.displayName, roles: [...user.roles], scope: user.scope, managerId: user.managerId };
}
