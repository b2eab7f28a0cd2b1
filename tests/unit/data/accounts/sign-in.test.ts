import { describe, expect, it } from 'vitest';
import { changeOwnPassword, recordLock, recordSignOut, setUserDisabled, signIn, verifyForUnlock } from '../../../../src-renderer/data/accounts';
import type { PasswordHash } from '../../../../src-renderer/core/accounts';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { freshDb } from '../helpers';
import { auditActions, minutesAfter, PASSWORD, setUp, T0, testHasher } from './helpers';

const NEW_PASSWORD = 'Baomi-2026-qq';
const sign = (db: AirgapDb, username: string, password: string, now = T0) => signIn(db, username, password, now, testHasher);

describe('signIn', () => {
  it('signs in: counters reset, last sign-in set, audited; the temporary password must be changed', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    const before = (await db.audit.count()) + 0;
    const result = await sign(db, ' ZhangSan ', PASSWORD);
    expect(result).toMatchObject({ ok: true, previousSignInAt: null, failedSinceLastSignIn: 0, mustChangePassword: true, passwordExpired: false });
    expect(result.ok && result.user.lastSignInAt).toBe(T0.toISOString());
    const entries = await db.audit.where('seq').above(before).toArray();
    expect(entries).toMatchObject([
      { action: 'auth.sign-in', outcome: 'success', userId: head.userId, userName: '张三', object: { kind: 'user', id: head.userId } },
    ]);
  });

  it('gives the same answer for an unknown name and a wrong password, and audits each as one failure', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    const count = await db.audit.count();
    const unknown = await sign(db, 'nobody', PASSWORD);
    const wrong = await sign(db, 'zhangsan', 'Wrong-2026x');
    expect(unknown).toEqual({ ok: false, code: 'auth.wrongCredentials' });
    expect(wrong).toEqual(unknown);
    const entries = await db.audit.where('seq').above(count).toArray();
    expect(entries).toMatchObject([
      { action: 'auth.sign-in-failed', outcome: 'failure', userId: null, userName: 'nobody', object: null, details: { reason: 'unknown-user' } },
      { action: 'auth.sign-in-failed', outcome: 'failure', userId: head.userId, details: { reason: 'wrong-password', failedAttempts: 1 } },
    ]);
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 1, failedSinceLastSignIn: 1 });
  });

  it('checks one scrypt hash of the same cost for an unknown name as for a wrong password', async () => {
    const db = await freshDb();
    await setUp(db);
    const costs: number[][] = [];
    const counting = {
      ...testHasher,
      matches: (password: string, hashes: PasswordHash | readonly PasswordHash[]) => {
        costs.push((Array.isArray(hashes) ? hashes : [hashes]).map((h: PasswordHash) => h.logN));
        return testHasher.matches(password, hashes);
      },
    };
    await signIn(db, 'nobody', PASSWORD, T0, counting);
    await signIn(db, 'zhangsan', 'Wrong-2026x', T0, counting);
    expect(costs).toEqual([[10], [10]]);
  });

  it('records an unknown typed name safely (control characters replaced, length bounded)', async () => {
    const db = await freshDb();
    await setUp(db);
    await sign(db, `ab\u202ecd${'x'.repeat(100)}`, PASSWORD);
    const last = await db.audit.orderBy('seq').last();
    expect(last!.userName).toBe(`ab\ufffdcd${'x'.repeat(59)}`);
  });

  it('locks after 5 failures for 30 minutes without looking at the password, then signs in again', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    for (let i = 0; i < 4; i++) expect(await sign(db, 'zhangsan', 'Wrong-2026x')).toEqual({ ok: false, code: 'auth.wrongCredentials' });
    const start = await db.audit.count();
    expect(await sign(db, 'zhangsan', 'Wrong-2026x')).toEqual({ ok: false, code: 'auth.wrongCredentials' });
    expect((await db.audit.where('seq').above(start).toArray()).map((e) => e.action)).toEqual(['auth.sign-in-failed', 'auth.lockout']);
    const lockedUntil = minutesAfter(T0, 30).toISOString();
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 5, lockedUntil });

    // The right password while locked: refused, counters unchanged, audited as a locked attempt.
    const locked = await sign(db, 'zhangsan', PASSWORD, minutesAfter(T0, 29));
    expect(locked).toEqual({ ok: false, code: 'auth.locked', lockedUntil });
    expect(await db.audit.orderBy('seq').last()).toMatchObject({ action: 'auth.sign-in-failed', details: { reason: 'locked' } });
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 5, failedSinceLastSignIn: 5 });

    const later = await sign(db, 'zhangsan', PASSWORD, minutesAfter(T0, 30));
    expect(later).toMatchObject({ ok: true, failedSinceLastSignIn: 5 });
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 0, failedSinceLastSignIn: 0, lockedUntil: null });
  });

  it('shows the previous sign-in and the failures since, and flags an expired password', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    await sign(db, 'zhangsan', PASSWORD);
    await changeOwnPassword(db, head, PASSWORD, NEW_PASSWORD, NEW_PASSWORD, T0, testHasher);
    await sign(db, 'zhangsan', 'Wrong-2026x', minutesAfter(T0, 10));
    const next = await sign(db, 'zhangsan', NEW_PASSWORD, minutesAfter(T0, 20));
    expect(next).toMatchObject({ ok: true, previousSignInAt: T0.toISOString(), failedSinceLastSignIn: 1, mustChangePassword: false, passwordExpired: false });
    const eightDays = minutesAfter(T0, 8 * 24 * 60);
    expect(await sign(db, 'zhangsan', NEW_PASSWORD, eightDays)).toMatchObject({ ok: true, passwordExpired: true });
  });

  it('tells a disabled account so only with the right password', async () => {
    const db = await freshDb();
    const { system, reader } = await setUp(db);
    await setUserDisabled(db, system, reader.userId, true, T0);
    expect(await sign(db, 'lisi', 'Wrong-2026x')).toEqual({ ok: false, code: 'auth.wrongCredentials' });
    expect(await sign(db, 'lisi', PASSWORD)).toEqual({ ok: false, code: 'auth.disabled' });
    expect(await db.audit.orderBy('seq').last()).toMatchObject({ action: 'auth.sign-in-failed', details: { reason: 'disabled' } });
  });
});

describe('idle lock, unlock and sign-out', () => {
  it('unlocks with the right password, counts failures like sign-in, and audits both', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    await recordLock(db, head, T0);
    expect(await verifyForUnlock(db, head.userId, 'Wrong-2026x', T0, testHasher)).toEqual({ ok: false, code: 'auth.wrongCredentials' });
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 1 });
    expect(await verifyForUnlock(db, head.userId, PASSWORD, T0, testHasher)).toEqual({ ok: true });
    expect(await db.users.get(head.userId)).toMatchObject({ failedAttempts: 0 });
    await recordSignOut(db, head, T0);
    const tail = (await auditActions(db)).slice(-4);
    expect(tail).toEqual(['auth.lock', 'auth.unlock', 'auth.unlock', 'auth.sign-out']);
    const entries = (await db.audit.orderBy('seq').toArray()).slice(-3);
    expect(entries.map((e) => e.outcome)).toEqual(['failure', 'success', 'success']);
  });

  it('the fifth wrong unlock locks the account', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    for (let i = 0; i < 4; i++) await verifyForUnlock(db, head.userId, 'Wrong-2026x', T0, testHasher);
    expect(await verifyForUnlock(db, head.userId, 'Wrong-2026x', T0, testHasher)).toEqual({
      ok: false,
      code: 'auth.locked',
      lockedUntil: minutesAfter(T0, 30).toISOString(),
    });
    expect((await auditActions(db)).slice(-2)).toEqual(['auth.unlock', 'auth.lockout']);
  });
});
