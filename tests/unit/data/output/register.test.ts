// @vitest-environment jsdom
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../../../src-renderer/core/accounts';
import { markFor } from '../../../../src-renderer/core/classification';
import { DEFAULT_COMPLAINT_SETTINGS } from '../../../../src-renderer/core/complaints';
import { newId } from '../../../../src-renderer/core/ids';
import { DEFAULT_OUTPUT_POLICY, OutputPolicyError, type OutputKind } from '../../../../src-renderer/core/output';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { openDatabase } from '../../../../src-renderer/data/db';
import {
  cancelOutput,
  completeOutput,
  getOutputPolicy,
  OUTPUT_SEQUENCE_KEY,
  registerPage,
  reserveOutput,
  saveOutputPolicy,
  settleOutput,
} from '../../../../src-renderer/data/output';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../../src-renderer/data/schema';
import { testActor } from '../../../shared/actors';
import { freshDb } from '../helpers';

const ORIGIN = '01900000-0000-7000-8000-00000000abcd';
const NOW = new Date('2026-12-07T03:00:00.000Z');

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const KEEPER = testActor('张伟', ['account-manager', 'department-head'], 'all');
const request = (kind: OutputKind = 'print', purpose = '部门例会') => ({
  kind,
  title: '客户分级名册',
  mark: markFor('secret'),
  purpose,
  report: 'roster' as const,
  params: {},
});

describe('the output register', () => {
  it('gives FH-<code>-<year>-<seq>, the department code when one is set, and never the same number twice', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    const ctx = { actor: KEEPER, origin: ORIGIN, now: NOW, storage };
    const first = await reserveOutput(db, ctx, request());
    expect(first).toMatchObject({ number: 'FH-00ABCD-2026-000001', seq: 1, status: 'reserved', purpose: '部门例会', by: '张伟', byId: KEEPER.userId });
    await db.profile.put({ ...profileRow(), complaintSettings: { ...DEFAULT_COMPLAINT_SETTINGS, departmentCode: 'KF3' } });
    expect((await reserveOutput(db, ctx, request())).number).toBe('FH-KF3-2026-000002');
    // The year is China time's: 31 December 20:00 UTC is already 2027 in Beijing.
    expect((await reserveOutput(db, { ...ctx, now: new Date('2026-12-31T20:00:00Z') }, request())).number).toBe('FH-KF3-2027-000003');
  });

  it('property: whatever mix of reservations, completions and cancellations, numbers and seqs are unique and increasing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('complete', 'cancel', 'leave'), { minLength: 1, maxLength: 12 }), async (fates) => {
        const db = await freshDb();
        const ctx = { actor: KEEPER, origin: ORIGIN, now: NOW, storage: memoryStorage() };
        const numbers: string[] = [];
        for (const fate of fates) {
          const line = await reserveOutput(db, ctx, request('pdf'));
          numbers.push(line.number);
          if (fate === 'complete') await completeOutput(db, ctx, line.id, { pages: 2 });
          if (fate === 'cancel') await cancelOutput(db, ctx, line.id);
        }
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers).toEqual([...numbers].sort());
        expect(await db.printLog.count()).toBe(fates.length);
        db.close();
      }),
      { numRuns: 15 },
    );
  });

  it('a number is never given again: not after a cancellation, not after the register lost its lines (a restored older backup)', async () => {
    const db = await freshDb();
    const storage = memoryStorage();
    const ctx = { actor: KEEPER, origin: ORIGIN, now: NOW, storage };
    const a = await reserveOutput(db, ctx, request());
    await cancelOutput(db, ctx, a.id);
    const b = await reserveOutput(db, ctx, request());
    expect(b.seq).toBe(2);
    // A restore replaces the database: the register and its counter are back to what the backup held.
    await db.printLog.clear();
    await db.meta.delete(OUTPUT_SEQUENCE_KEY);
    expect((await reserveOutput(db, ctx, request())).seq).toBe(3);
    // Without the copy kept outside the database, the meta counter alone still holds.
    await db.printLog.clear();
    expect((await reserveOutput(db, { ...ctx, storage: memoryStorage() }, request())).seq).toBe(4);
  });

  it('refuses, writing nothing and using no number: a bad purpose, a forbidden role, a mark above the policy', async () => {
    const db = await freshDb();
    const ctx = { actor: KEEPER, origin: ORIGIN, now: NOW, storage: memoryStorage() };
    for (const purpose of ['', '   ', '两行\n用途', 'x'.repeat(101), '用途\u202e']) {
      await expect(reserveOutput(db, ctx, request('print', purpose))).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(reserveOutput(db, { ...ctx, actor: testActor('审计员', ['audit-admin'], null) }, request('exchange'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reserveOutput(db, { ...ctx, actor: testActor('系统管理员', ['system-admin'], null) }, request('print'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // 客户经理 exports up to 秘密 by default: a 机密 file is refused.
    const manager = testActor('王经理', ['account-manager'], 'own');
    await expect(reserveOutput(db, { ...ctx, actor: manager }, { ...request('exchange'), mark: markFor('confidential') })).rejects.toBeInstanceOf(
      OutputPolicyError,
    );
    // 查阅 exports nothing (no exchange.export, and the policy allows none).
    await expect(
      reserveOutput(db, { ...ctx, actor: testActor('李查阅', ['reader']) }, { ...request('exchange'), mark: markFor('public') }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.printLog.count()).toBe(0);
    expect(await db.meta.get(OUTPUT_SEQUENCE_KEY)).toBeUndefined();
    // The purpose as stored: trimmed, inner space runs collapsed.
    expect((await reserveOutput(db, ctx, request('print', '  部门   例会 '))).purpose).toBe('部门 例会');
  });

  it('completes a line with its audit entry in one transaction: a failing audit write leaves the line reserved and no entry', async () => {
    const db = await freshDb();
    const ctx = { actor: KEEPER, origin: ORIGIN, now: NOW, storage: memoryStorage() };
    const line = await reserveOutput(db, ctx, { ...request('exchange'), recipients: ['质量部', '科研处'] });
    // The audit table refuses the next entry (as a full disk or a broken index would).
    const hook = (): void => {
      throw new Error('disk full');
    };
    db.audit.hook('creating', hook);
    await expect(completeOutput(db, ctx, line.id, { records: 12 })).rejects.toThrow('disk full');
    db.audit.hook('creating').unsubscribe(hook);
    expect(await db.printLog.get(line.id)).toMatchObject({ status: 'reserved' });
    expect(await db.audit.count()).toBe(0);
    // And once it can be written: both together, the entry naming the scope's facts.
    const done = await settleOutput(db, ctx, line.id, true, { records: 12, details: { exportScope: 'full' } });
    expect(done).toMatchObject({ status: 'completed', records: 12, doneAt: NOW.toISOString() });
    expect(await db.audit.toArray()).toMatchObject([
      {
        action: 'exchange.export',
        userId: KEEPER.userId,
        object: { kind: 'output', id: line.id },
        details: { number: line.number, records: 12, recipients: '质量部、科研处', mark: 'secret', exportScope: 'full', purpose: '部门例会' },
      },
    ]);
    // A line is completed or voided once, by the user who took its number.
    await expect(cancelOutput(db, ctx, line.id)).rejects.toThrow(/already completed/);
    const other = await reserveOutput(db, ctx, request());
    await expect(completeOutput(db, { ...ctx, actor: testActor('别人') }, other.id)).rejects.toThrow(/another user/);
  });

  it('pages newest first and finds a 份号 by its beginning, as typed', async () => {
    const db = await freshDb();
    const ctx = { actor: KEEPER, origin: ORIGIN, storage: memoryStorage() };
    for (let i = 0; i < 25; i++) await reserveOutput(db, { ...ctx, now: new Date(NOW.getTime() + i * 60_000) }, { ...request(), title: `r${i}` });
    const first = await registerPage(db, 0, 20);
    expect(first.total).toBe(25);
    expect(first.entries.map((e) => e.title).slice(0, 3)).toEqual(['r24', 'r23', 'r22']);
    expect((await registerPage(db, 1, 20)).entries.map((e) => e.title)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
    expect((await registerPage(db, 0, 20, ' fh-00abcd-2026-00001')).entries.map((e) => e.title)).toEqual([
      'r18',
      'r17',
      'r16',
      'r15',
      'r14',
      'r13',
      'r12',
      'r11',
      'r10',
      'r9',
    ]);
    expect((await registerPage(db, 0, 20, 'FH-00ABCD-2026-000007')).entries.map((e) => e.title)).toEqual(['r6']);
    expect((await registerPage(db, 0, 20, 'XX')).total).toBe(0);
  });
});

describe('the output policy', () => {
  it('defaults to the institute preset; the security administrator changes it, audited before and after', async () => {
    const db = await freshDb();
    expect(await getOutputPolicy(db)).toEqual(DEFAULT_OUTPUT_POLICY);
    const security = testActor('安全员', ['security-admin'], null);
    await db.users.add(userRow(security.userId, 'security-admin'));
    const stricter = { ...DEFAULT_OUTPUT_POLICY, print: { ...DEFAULT_OUTPUT_POLICY.print, 'complaint-handler': 'internal' as const } };
    await saveOutputPolicy(db, security, stricter, NOW);
    expect((await getOutputPolicy(db)).print['complaint-handler']).toBe('internal');
    expect(await db.audit.toArray()).toMatchObject([{ action: 'policy.output', userName: '安全员' }]);
    const entry = (await db.audit.toArray())[0]!;
    expect(entry.details.before).toContain('complaint-handler=secret');
    expect(entry.details.after).toContain('complaint-handler=internal');
    // Nobody else sets it, and a malformed policy is refused: nothing written.
    await expect(saveOutputPolicy(db, KEEPER, DEFAULT_OUTPUT_POLICY, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveOutputPolicy(db, security, { ...stricter, print: { ...stricter.print, reader: 'top-secret' as never } }, NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.audit.count()).toBe(1);
    // The new limit is enforced at once.
    const handler = testActor('投诉员', ['complaint-handler']);
    await expect(reserveOutput(db, { actor: handler, origin: ORIGIN, now: NOW, storage: memoryStorage() }, request())).rejects.toBeInstanceOf(
      OutputPolicyError,
    );
  });
});

describe('schema 7', () => {
  it('keeps the print log of schema 6 as it was, and numbers new lines beside it', async () => {
    const name = `schema7-${newId()}`;
    const old = await openDatabase(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 6),
    );
    const legacy = {
      id: newId(),
      at: '2026-11-27T07:30:00.000Z',
      by: '张伟',
      report: 'roster' as const,
      title: '客户分级名册',
      params: { year: 2026 },
      mark: markFor('secret'),
      action: 'print' as const,
      shell: 'browser' as const,
      pages: null,
      origin: ORIGIN,
    };
    await old.printLog.add(legacy);
    old.close();
    const db = await openDatabase(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.printLog.toArray()).toEqual([legacy]);
    const line = await reserveOutput(db, { actor: KEEPER, origin: ORIGIN, now: NOW, storage: memoryStorage() }, request());
    expect(line.seq).toBe(1);
    expect((await registerPage(db, 0, 10)).entries).toEqual([line, legacy]);
    db.close();
    await Dexie.delete(name);
  });
});

function profileRow() {
  return {
    id: newId(),
    organisation: '航天材料及工艺研究所',
    department: '市场部',
    defaultMark: markFor('internal'),
    rev: '0',
    origin: ORIGIN,
    updatedBy: '张伟',
    deletedAt: null,
  };
}

function userRow(id: string, role: 'security-admin') {
  return {
    id,
    username: `u${id.slice(-6)}`,
    displayName: '安全员',
    roles: [role],
    scope: null,
    managerId: null,
    disabled: false,
    password: { algorithm: 'scrypt' as const, logN: 10, r: 8, p: 1, salt: '00'.repeat(16), hash: '00'.repeat(32) },
    passwordChangedAt: NOW.toISOString(),
    mustChangePassword: false,
    previousPasswords: [],
    failedAttempts: 0,
    lockedUntil: null,
    lastSignInAt: null,
    failedSinceLastSignIn: 0,
    createdAt: NOW.toISOString(),
    createdBy: null,
    updatedAt: NOW.toISOString(),
  };
}
