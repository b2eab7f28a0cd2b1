import { useCallback } from 'react';
import type { AirgapDb } from '../../data/db';
import { getProfile } from '../../data/profile-repo';
import type { WriteContext } from '../../data/write-context';
import { useSession, writeContextOf } from '../../state/session';

/**
 * The database and a write context for the operator named in the department profile. The profile
 * is read at write time (not captured at render) so a rename in settings stamps the next write.
 */
export function useArchive(): { db: AirgapDb; withContext: <T>(write: (ctx: WriteContext) => Promise<T>) => Promise<T> } {
  const session = useSession();
  const withContext = useCallback(
    async <T>(write: (ctx: WriteContext) => Promise<T>) => {
      const profile = await getProfile(session.db);
      return write(writeContextOf(session, profile?.operatorName ?? ''));
    },
    [session],
  );
  return { db: session.db, withContext };
}
