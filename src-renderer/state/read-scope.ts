import { useMemo } from 'react';
import type { ReadScope } from '../data/scope';
import { useSession } from './session';
import { useActor } from './signed-in';

/**
 * The signed-in user's data scope (本人 / 本部门 / 全部, issue 15.3) for the reads of the screens:
 * one object per session and user, so live queries that depend on it do not rerun on every render.
 * The data layer (data/scope.ts) applies it; a screen never filters customers by hand.
 */
export function useReadScope(): ReadScope {
  const { installation } = useSession();
  const actor = useActor();
  return useMemo(() => ({ actor, installationId: installation.installationId }), [actor, installation.installationId]);
}
