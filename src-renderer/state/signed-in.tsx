import { createContext, useContext, type ReactNode } from 'react';
import type { Actor } from '../core/accounts/types';

/** The signed-in user of this window (issue 15): made by the sign-in screen, gone at sign-out. */
export interface SignedIn {
  actor: Actor;
  /** ISO instant of this sign-in. */
  signedInAt: string;
  /** The sign-in before this one, and the failed attempts since it: shown once after signing in. */
  previousSignInAt: string | null;
  failedSinceLastSignIn: number;
  /** Sign out (audited) and show the sign-in screen. */
  signOut: () => Promise<void>;
  /** Cover the screen until the same user types the password again (work in progress is kept). */
  lock: () => Promise<void>;
}

const SignedInContext = createContext<SignedIn | null>(null);

export function SignedInProvider({ value, children }: { value: SignedIn; children: ReactNode }) {
  return <SignedInContext.Provider value={value}>{children}</SignedInContext.Provider>;
}

export function useSignedIn(): SignedIn {
  const signedIn = useContext(SignedInContext);
  if (!signedIn) throw new Error('useSignedIn outside SignedInProvider');
  return signedIn;
}

/** The signed-in user every write carries. */
export function useActor(): Actor {
  return useSignedIn().actor;
}
