import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src-renderer/core/ids';
import { DbOpenError, openDatabase, type AirgapDb } from '../../../src-renderer/data/db';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { getProfile, saveProfile } from '../../../src-renderer/data/profile-repo';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../../../src-renderer/data/schema';
import { testContext } from './helpers';

const open: AirgapDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
async function openAt(name: string, versions: readonly SchemaVersion[]) {
  const db = await openDatabase(name, versions);
  open.push(db);
  return db;
}

const PROFILE = { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'internal', periodYears: null } };

/** A database of today's version holding one meta row (greeting: 你好), closed: what an upgrade finds. Returns its name. */
async function greetedAtCurrentVersion(prefix: string): Promise<string> {
  const name = `${prefix}-${newId()}`;
  const old = await openAt(name, SCHEMA_VERSIONS);
  await old.meta.put({ key: 'greeting', value: '你好' });
  old.close();
  return name;
}

/** The version after today's, adding no store, with `upgrade` as its upgrader. */
const nextVersion = (upgrade: SchemaVersion['upgrade']): SchemaVersion => ({ version: CURRENT_SCHEMA_VERSION + 1, stores: {}, upgrade });

describe('schema versions', () => {
  it('are strictly increasing and each lists its tables', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers.at(-1));
  });

  it.each(SCHEMA_VERSIONS.slice(0, -1).map((v) => v.version))('data written at version %i opens intact with the current schema', async (version) => {
    const name = `migrate-${version}-${newId()}`;
    const old = await openAt(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= version),
    );
    const installation = await loadOrCreateInstallation(old);
    const profile = await saveProfile(old, PROFILE, testContext());
    const changes = await old.changes.toArray();
    old.close();

    const current = await openAt(name, SCHEMA_VERSIONS);
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await loadOrCreateInstallation(current)).toEqual(installation);
    expect(await getProfile(current)).toEqual(profile);
    expect(await current.changes.toArray()).toEqual(changes);
  });

  it('runs an upgrader once, on data of the previous version (the pattern later versions follow)', async () => {
    const name = await greetedAtCurrentVersion('upgrade');
    const next = nextVersion(async (tx) => {
      const row = await tx.table('meta').get('greeting');
      await tx.table('meta').put({ key: 'greeting', value: `${row.value}，世界` });
    });
    const upgraded = await openAt(name, [...SCHEMA_VERSIONS, next]);
    expect((await upgraded.meta.get('greeting'))?.value).toBe('你好，世界');
  });

  it('a failing upgrader leaves the old data as it was and reports it', async () => {
    const name = await greetedAtCurrentVersion('broken');
    const broken = nextVersion(async (tx) => {
      await tx.table('meta').put({ key: 'greeting', value: 'half-written' });
      throw new Error('upgrade bug');
    });
    const failure = await openDatabase(name, [...SCHEMA_VERSIONS, broken]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbOpenError);
    const reopened = await openAt(name, SCHEMA_VERSIONS);
    expect((await reopened.meta.get('greeting'))?.value).toBe('你好');
  });

  it('refuses to open a database made by a newer version, without touching it', async () => {
    const name = `newer-${newId()}`;
    const newer = await openAt(name, [...SCHEMA_VERSIONS, { version: CURRENT_SCHEMA_VERSION + 5, stores: { extra: 'id' } }]);
    await newer.meta.put({ key: 'k', value: 1 });
    newer.close();
    const failure = await openDatabase(name, SCHEMA_VERSIONS).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DbOpenError);
    expect((failure as DbOpenError).failure.code).toBe('newer-version');
  });
});

describe('version 4 upgrade (complaints)', () => {
  it('fills the new complaint fields on rows of version 3, keeps what they had, and leaves new rows alone', async () => {
    const name = `complaints-v3-${newId()}`;
    const old = await openAt(
      name,
      SCHEMA_VERSIONS.filter((v) => v.version <= 3),
    );
    const envelope = { rev: '0000018c8f2e4a00-0000', origin: newId(), updatedBy: '张伟', deletedAt: null };
    const v3 = {
      id: newId(),
      customerId: newId(),
      number: 'TS-2025-0007',
      channel: 'phone',
      category: 'quality',
      severity: 'major',
      status: 'analysing',
      receivedAt: '2025-06-02T02:00:00.000Z',
      dueDate: '2025-06-20',
      product: '密封件',
      description: '开裂',
      ...envelope,
    };
    const already = { ...v3, id: newId(), number: 'TS-2025-0008', history: [], zeroing: {}, marker: 'untouched' };
    await old.table('complaints').bulkAdd([v3, already]);
    old.close();

    const current = await openAt(name, SCHEMA_VERSIONS);
    const row = await current.table('complaints').get(v3.id);
    expect(row).toMatchObject({
      ...v3,
      contactId: null,
      request: '',
      handlerId: null,
      department: '',
      grade: null,
      history: [],
      zeroing: {},
      answer: null,
      verification: null,
    });
    expect(row).toMatchObject({ acknowledgedAt: null, answeredAt: null, closedAt: null, reopenedAt: null });
    // The promised answer day stays; acknowledge from receipt (A row, major: 2 working days), close 15 working days after the answer.
    expect(row.deadlines).toEqual({ acknowledge: '2025-06-04', answer: '2025-06-20', close: '2025-07-11' });
    expect(row.nextDeadline).toBe('2025-06-20');
    expect(await current.table('complaints').where('nextDeadline').below('2025-07-01').primaryKeys()).toEqual([v3.id]);
    expect(await current.table('complaints').get(already.id)).toEqual(already);
  });
});
