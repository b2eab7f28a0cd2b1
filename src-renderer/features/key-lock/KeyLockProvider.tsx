import { createContext, useCallback, useContext, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Installation } from '../../data/installation';
import type { KeyRingStatus } from '../../data/key-store';
import { useSession } from '../../state/session';
import { UnlockKeysModal } from './UnlockKeysModal';

type RequestUnlock = () => Promise<Installation | null>;
const UnlockContext = createContext<RequestUnlock | null>(null);

/**
 * Holds the one unlock dialog of the app. A screen that needs the secret keys calls the function from
 * useUnlockedInstallation(): unlocked already, it resolves at once; otherwise the dialog asks the key
 * passphrase (once per session) and resolves the installation, or null when the user cancels.
 */
export function KeyLockProvider({ children }: { children: ReactNode }) {
  const { keyRing } = useSession();
  const [asking, setAsking] = useState(false);
  const waiting = useRef<((installation: Installation | null) => void)[]>([]);
  const request = useCallback<RequestUnlock>(() => {
    const ready = keyRing.unlocked();
    if (ready) return Promise.resolve(ready);
    setAsking(true);
    return new Promise((resolve) => waiting.current.push(resolve));
  }, [keyRing]);
  const finish = (installation: Installation | null) => {
    setAsking(false);
    for (const resolve of waiting.current.splice(0)) resolve(installation);
  };
  return (
    <UnlockContext.Provider value={request}>
      {children}
      <UnlockKeysModal opened={asking} onDone={finish} />
    </UnlockContext.Provider>
  );
}

/** The installation with its secret keys: asks the key passphrase first when they are locked (null: cancelled). */
export function useUnlockedInstallation(): RequestUnlock {
  const request = useContext(UnlockContext);
  if (!request) throw new Error('useUnlockedInstallation outside KeyLockProvider');
  return request;
}

/** The key ring's status, re-rendering when it changes (unlock, seal, reset). */
export function useKeyRingStatus(): KeyRingStatus {
  const { keyRing } = useSession();
  return useSyncExternalStore(
    (listener) => keyRing.subscribe(listener),
    () => keyRing.status,
  );
}
