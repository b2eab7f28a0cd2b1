import { useEffect, useRef, useState } from 'react';
import type { AuditVerification } from '../../core/audit/verify';
import { verifyAuditLog, type AuditVerifyProgress } from '../../data/audit/verify-log';
import { useSession } from '../../state/session';

export type VerifyState =
  | { name: 'idle' }
  | { name: 'running'; progress: AuditVerifyProgress }
  | { name: 'done'; verification: AuditVerification }
  | { name: 'failed' }
  | { name: 'cancelled' };

/**
 * 核验日志链: the whole log against the installation's PUBLIC signing key (readable while the secret keys
 * stay locked: verifying never asks the key passphrase), in a worker, with progress and 取消.
 */
export function useVerify() {
  const session = useSession();
  const [state, setState] = useState<VerifyState>({ name: 'idle' });
  const abort = useRef<AbortController | null>(null);
  // Leaving the page stops the worker: nobody would read its answer.
  useEffect(() => () => abort.current?.abort(), []);

  const start = async () => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setState({ name: 'running', progress: { done: 0, total: 0 } });
    try {
      const publicKey = session.keyRing.info.keys.signingPublicKey;
      const verification = await verifyAuditLog(session.db, [publicKey], (progress) => setState({ name: 'running', progress }), controller.signal);
      setState({ name: 'done', verification });
    } catch {
      setState(controller.signal.aborted ? { name: 'cancelled' } : { name: 'failed' });
    } finally {
      abort.current = null;
    }
  };
  const cancel = () => abort.current?.abort();
  return { state, start, cancel };
}
