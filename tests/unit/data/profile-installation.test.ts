import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/core/validation';
import type { AirgapDb } from '../../../src-renderer/data/db';
import type { ChangeEntry } from '../../../src-renderer/core/change-log';
import { decodeHlc, encodeHlc, HLC_MAX_RECEIVE_LEAD_MS } from '../../../src-renderer/core/hlc';
import { newId } from '../../../src-renderer/core/ids';
import { restoreClock } from '../../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../../shared/clear-installation';
import { getProfile, profileHistory, saveProfile } from '../../../src-renderer/data/profile-repo';
import { freshDb, testContext } from './helpers';
import { testActor } from '../../shared/actors';

let db: AirgapDb;
afterEach(() => db?.close());
const VALID = { organisation: '航天材料及工艺研究所', department: '市场部', operatorName: '张伟', defaultMark: { level: 'secret', periodYears: 10 } };

describe('installation', () => {
  it('is made once and kept', async () => {
    db = await freshDb();
    const first = await loadOrCreateInstallation(db);
    expect(first.keys.ageRecipient).toMatch(/^age1/);
    expect(first.keys.signingPublicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadOrCreateInstallation(db)).toEqual(first);
    const [a, b] = await Promise.all([loadOrCreateInstallation(db), loadOrCreateInstallation(db)]);
    expect(a).toEqual(b);
  });

  it('restores the clock past the newest stored rev', async () => {
    db = await freshDb();
    const ctx = testContext('张伟', Date.UTC(2030, 0, 1));
    const saved = await saveProfile(db, VALID, ctx);
    const clock = await restoreClock(db, () => Date.UTC(2026, 0, 1)); // PC clock set back
    expect(clock.now() > saved.rev).toBe(true);
  });

  it('after a restart, an imported rev an hour ahead pulls the clock at most HLC_MAX_RECEIVE_LEAD_MS ahead; its own revs still never go back', async () => {
    db = await freshDb();
    const installation = await loadOrCreateInstallation(db);
    const now = Date.UTC(2026, 11, 6, 9, 0, 0);
    const entry = (rev: string, origin: string) => ({
      table: 'customers',
      recordIds: [newId()],
      op: 'create',
      rev,
      origin,
      by: '张伟',
      at: new Date(now).toISOString(),
      fields: [],
    });
    const own = encodeHlc({ wallMs: now - 60_000, counter: 0 });
    const importedAhead = encodeHlc({ wallMs: now + 60 * 60_000, counter: 0 });
    await db.changes.bulkAdd([entry(own, installation.installationId), entry(importedAhead, newId())] as ChangeEntry[]);
    const clock = await restoreClock(db, () => now);
    const issued = clock.now();
    expect(issued > own).toBe(true);
    expect(decodeHlc(issued).wallMs).toBeLessThanOrEqual(now + HLC_MAX_RECEIVE_LEAD_MS);
    // This installation's own newest rev is followed wherever it is (a write on top of a version ahead).
    const ownAhead = encodeHlc({ wallMs: now + 2 * 60 * 60_000, counter: 3 });
    await db.changes.add(entry(ownAhead, installation.installationId) as ChangeEntry);
    expect((await restoreClock(db, () => now)).now() > ownAhead).toBe(true);
  });
});

describe('department profile', () => {
  it('saves, trims, and keeps a history of edits', async () => {
    db = await freshDb();
    const ctx = testContext();
    const created = await saveProfile(db, { ...VALID, department: '  市场部  ' }, ctx);
    expect(created.department).toBe('市场部');
    await saveProfile(db, { ...VALID, department: '质量部' }, { ...ctx, actor: testActor('李娜') });
    const history = await profileHistory(db, created.id);
    expect(history.map((h) => h.op)).toEqual(['create', 'update']);
    expect(history[1]!.fields).toEqual([{ field: 'department', before: '市场部', after: '质量部' }]);
    expect((await getProfile(db))?.department).toBe('质量部');
  });

  it.each([
    ['empty organisation', { ...VALID, organisation: '   ' }, 'organisation', 'validation.required'],
    ['over-long department', { ...VALID, department: '部'.repeat(101) }, 'department', 'validation.tooLong'],
    ['control characters', { ...VALID, operatorName: '张\u0007伟' }, 'operatorName', 'validation.controlChars'],
    ['secret without period', { ...VALID, defaultMark: { level: 'secret', periodYears: null } }, 'defaultMark.periodYears', 'validation.markPeriod'],
    ['missing department', { ...VALID, department: undefined }, 'department', 'validation.required'],
  ])('refuses %s with a field message and writes nothing', async (_label, input, field, key) => {
    db = await freshDb();
    const error = await saveProfile(db, input, testContext()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors[field]).toBe(key);
    expect(await db.profile.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
  });
});
