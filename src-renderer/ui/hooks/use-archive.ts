import { useCallback } from 'react';
import type { AirgapDb } from '../../data/db';
import type { WriteContext } from '../../data/write-context';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';

/** The database and a write context for the signed-in user (issue 15.4: every write carries the user). */
export function useArchive(): { db: AirgapDb; withContext: <T>(write: (ctx: WriteContext) => Promise<T>) => Promise<T> } {
  const session = useSession();
  const actor = useActor();
  const withContext = useCallback(async <T>(write: (ctx: WriteContext) => Promise<T>) => write(writeContextOf(session, actor)), [session, actor]);
  return { db: session.db, withContext };
}
