import { createContext, useContext, type ReactNode } from 'react';
import type { Actor } from '../core/accounts/types';
import type { AppInfo } from '../core/host-contract';
import type { HybridLogicalClock } from '../core/hlc';
import type { AirgapDb } from '../data/db';
import type { InstallationInfo } from '../data/installation';
import type { KeyRing } from '../data/key-store';
import type { WriteContext } from '../data/write-context';
import type { HostBridge } from '../host';

/** Everything a screen needs that lives as long as the app: made once at boot (app/boot.ts). */
export interface Session {
  db: AirgapDb;
  /** Id, date and public keys. The secret keys: `keyRing.unlocked()` (features: useUnlockedInstallation). */
  installation: InstallationInfo;
  keyRing: KeyRing;
  clock: HybridLogicalClock;
  host: HostBridge;
  appInfo: AppInfo;
  storagePersisted: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The stamp for a write made by the signed-in `actor` on this installation. */
export function writeContextOf(session: Session, actor: Actor): WriteContext {
  return { clock: session.clock, origin: session.installation.installationId, actor, now: () => new Date() };
}
