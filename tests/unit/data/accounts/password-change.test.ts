import { describe, expect, it } from 'vitest';
import { changeOwnPassword, saveSecurityPolicy, setUserDisabled } from '../../../../src-renderer/data/accounts';
import { DEFAULT_SECURITY_POLICY } from '../../../../src-renderer/core/accounts';
import { freshDb } from '../helpers';
import { PASSWORD, refusedWithoutWrites, setUp, T0, testHasher } from './helpers';

const passwords = ['Baomi-2026-a1', 'Baomi-2026-b2', 'Baomi-2026-c3', 'Baomi-2026-d4', 'Baomi-2026-e5', 'Baomi-2026-f6'];

describe('changeOwnPassword', () => {
  it('changes the password, clears the temporary flag, keeps the history, audits without secrets', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    const old = (await db.users.get(head.userId))!;
    const changed = await changeOwnPassword(db, head, PASSWORD, passwords[0]!, passwords[0]!, T0, testHasher);
    expect(changed).toMatchObject({ mustChangePassword: false, passwordChangedAt: T0.toISOString(), previousPasswords: [old.password] });
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'account.password-change', outcome: 'success', userId: head.userId, details: { wasTemporary: true } });
    expect(JSON.stringify(entry)).not.toMatch(/Baomi|Airgap/);
    expect(JSON.stringify(entry)).not.toContain(old.password.hash);
  });

  it('refuses a wrong current password, a weak one, a differing confirmation — writing nothing', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    const change =
      (current: string, next: string, confirmation = next) =>
      () =>
        changeOwnPassword(db, head, current, next, confirmation, T0, testHasher);
    await refusedWithoutWrites(db, change('Wrong-2026x', passwords[0]!), { code: 'validation', fieldErrors: { current: 'accounts.wrongCurrentPassword' } });
    await refusedWithoutWrites(db, change(PASSWORD, 'short'), { fieldErrors: { password: 'accounts.passwordTooShort' } });
    await refusedWithoutWrites(db, change(PASSWORD, passwords[0]!, passwords[1]!), { fieldErrors: { confirmation: 'accounts.passwordMismatch' } });
  });

  it('refuses reusing one of the last 5 passwords (the current one included); the 6th back is allowed', async () => {
    const db = await freshDb();
    const { head } = await setUp(db);
    let current = PASSWORD;
    for (const next of passwords.slice(0, 5)) {
      await changeOwnPassword(db, head, current, next, next, T0, testHasher);
      current = next;
    }
    // Current: e5; the last five are e5, d4, c3, b2, a1. PASSWORD is the sixth back.
    for (const reused of passwords.slice(0, 5))
      await refusedWithoutWrites(db, () => changeOwnPassword(db, head, current, reused, reused, T0, testHasher), {
        fieldErrors: { password: 'accounts.passwordReused' },
      });
    const user = (await db.users.get(head.userId))!;
    expect(user.previousPasswords).toHaveLength(DEFAULT_SECURITY_POLICY.password.historyCount);
    await changeOwnPassword(db, head, current, PASSWORD, PASSWORD, T0, testHasher);
  });

  it('with history 0 only the current password is refused, and no history is kept', async () => {
    const db = await freshDb();
    const { head, security } = await setUp(db);
    const policy = { ...structuredClone(DEFAULT_SECURITY_POLICY), preset: 'custom' as const };
    policy.password.historyCount = 0;
    await saveSecurityPolicy(db, security, policy, T0);
    await refusedWithoutWrites(db, () => changeOwnPassword(db, head, PASSWORD, PASSWORD, PASSWORD, T0, testHasher), {
      fieldErrors: { password: 'accounts.passwordReused' },
    });
    const changed = await changeOwnPassword(db, head, PASSWORD, passwords[0]!, passwords[0]!, T0, testHasher);
    expect(changed.previousPasswords).toEqual([]);
  });

  it('a disabled account cannot change its password', async () => {
    const db = await freshDb();
    const { head, system } = await setUp(db);
    await setUserDisabled(db, system, head.userId, true, T0);
    await refusedWithoutWrites(db, () => changeOwnPassword(db, head, PASSWORD, passwords[0]!, passwords[0]!, T0, testHasher), { code: 'forbidden' });
  });
});
