import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { can } from '../../core/accounts';
import { writeCheckpointIfDue } from '../../data/audit/checkpoint';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';

/** Often enough that little of the log is ever unsigned, rarely enough to cost nothing (each run reads only the entries since the last). */
export const CHECKPOINT_EVERY_MS = 2 * 60_000;

/**
 * Signs the audit log's head (data/audit/checkpoint.ts) whenever the installation's secret keys are
 * in memory: at mount, when they are unlocked, then every two minutes. Each run first checks the entries
 * since the last checkpoint, which is where an audit table edited or emptied by hand is noticed; the
 * finding is written to the log for everyone, and shown at once to the audit administrator only (the
 * others cannot act on it). While the keys are locked nothing runs at all, so edits never wait on it.
 */
export function AuditCheckpointRunner() {
  const session = useSession();
  const actor = useActor();
  const auditor = can(actor, 'audit.read');
  const t = useT();
  // The words of the alarm in the current language, without restarting the timer when it changes.
  const translate = useRef(t);
  translate.current = t;

  useEffect(() => {
    const { db, keyRing } = session;
    let timer: ReturnType<typeof setInterval> | null = null;
    let running = false;
    // Each finding once per sign-in: later runs find the same broken chain again (its entry's seq names it).
    const shown = new Set<number>();
    const run = async () => {
      const installation = keyRing.unlocked();
      if (!installation || running) return;
      running = true;
      try {
        const { signingSecretKey, signingPublicKey } = installation.keys;
        const result = await writeCheckpointIfDue(db, { secretKey: signingSecretKey, publicKey: signingPublicKey }, new Date(), { minEntries: 1 });
        if (result.status !== 'tamper-detected' || !auditor || shown.has(result.entry.seq)) return;
        shown.add(result.entry.seq);
        const tr = translate.current;
        notifications.show({
          id: `audit-tamper-${result.entry.seq}`,
          color: 'red',
          autoClose: false,
          title: tr('auditLog.tamperTitle'),
          message: tr('auditLog.tamperBody', {
            problem: tr(result.problem.code, { seq: result.problem.seq, checkpointSeq: result.problem.checkpointSeq ?? result.problem.seq }),
            seq: result.entry.seq,
          }),
        });
      } catch (error) {
        // Not the user's to act on mid-edit (a closed database, a transaction that lost a race): the next run tries again.
        console.error('audit checkpoint', error);
      } finally {
        running = false;
      }
    };
    const follow = () => {
      const unlocked = keyRing.unlocked() !== null;
      if (unlocked && timer === null) {
        void run();
        timer = setInterval(() => void run(), CHECKPOINT_EVERY_MS);
      } else if (!unlocked && timer !== null) {
        clearInterval(timer);
        timer = null;
      }
    };
    follow();
    const unsubscribe = keyRing.subscribe(follow);
    return () => {
      unsubscribe();
      if (timer !== null) clearInterval(timer);
    };
  }, [session, auditor]);
  return null;
}
