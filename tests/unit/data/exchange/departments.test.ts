import { afterEach, describe, expect, it } from 'vitest';
import type { CardError } from '../../../../src-renderer/core/exchange/card';
import { FINGERPRINT_PATTERN, keyFingerprint } from '../../../../src-renderer/core/keys';
import {
  applyCard,
  editDepartment,
  exportMyCard,
  listDepartments,
  previewCard,
  removeDepartment,
  restoreDepartment,
} from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { ValidationError } from '../../../../src-renderer/core/validation';
import { closeAll, department, tableCounts } from './departments-fixture';

afterEach(closeAll);

async function cardOf(name: string) {
  const d = await department(name);
  return { d, text: exportMyCard(d.installation, (await getProfile(d.db))!).text };
}

describe('public-key cards and the department directory', () => {
  it('a card imports as a directory entry with a fingerprint to read over the phone', async () => {
    const a = await department('市场部');
    const { d: b, text } = await cardOf('科研处');
    const preview = await previewCard(a.db, text, a.installation);
    expect(preview).toMatchObject({
      existing: null,
      isOwn: false,
      card: { department: '科研处', fingerprint: keyFingerprint(b.installation.keys.signingPublicKey) },
    });
    const added = await applyCard(a.db, preview, a.ctx);
    expect(added).toMatchObject({
      name: '科研处',
      ageRecipient: b.installation.keys.ageRecipient,
      signingPublicKey: b.installation.keys.signingPublicKey,
      deletedAt: null,
    });
    expect(added.fingerprint).toMatch(FINGERPRINT_PATTERN);
    expect(added.history.map((h) => h.action)).toEqual(['added']);
    // The same card again changes nothing; the own card is recognised.
    expect((await applyCard(a.db, await previewCard(a.db, text, a.installation), a.ctx)).history).toHaveLength(1);
    expect((await previewCard(b.db, text, b.installation)).isOwn).toBe(true);
  });

  it('edits, removal and restore are kept in the entry history; bad edits write nothing', async () => {
    const a = await department('市场部');
    const { text } = await cardOf('科研处');
    const added = await applyCard(a.db, await previewCard(a.db, text, a.installation), a.ctx);
    await editDepartment(a.db, added.id, { name: '科研处（北京）', organisation: '航天材料及工艺研究所', note: '王工 010-1234' }, a.ctx);
    await expect(editDepartment(a.db, added.id, { name: '', organisation: 'x', note: '' }, a.ctx)).rejects.toBeInstanceOf(ValidationError);
    await removeDepartment(a.db, added.id, a.ctx);
    expect(await listDepartments(a.db)).toEqual([]);
    const restored = await restoreDepartment(a.db, added.id, a.ctx);
    expect(restored.history.map((h) => h.action)).toEqual(['added', 'updated', 'removed', 'restored']);
    expect(restored.name).toBe('科研处（北京）');
  });

  it('refuses a tampered card, a non-card and broken JSON, writing nothing', async () => {
    const a = await department('市场部');
    const { text } = await cardOf('科研处');
    const other = await department('冒名者');
    const swapped = text.replace(/"ageRecipient": "age1[0-9a-z]+"/, `"ageRecipient": "${other.installation.keys.ageRecipient}"`);
    expect(swapped).not.toBe(text);
    const before = await tableCounts(a.db);
    const problem = (t: string) =>
      previewCard(a.db, t, a.installation).then(
        () => null,
        (e: CardError) => e.problem,
      );
    expect(await problem(swapped)).toBe('bad-signature');
    expect(await problem('{"hello": 1}')).toBe('not-a-card');
    expect(await problem('not json')).toBe('not-json');
    expect(await problem(text.replace(/"department": "[^"]+"/, '"department": ""'))).toBe('bad-field');
    expect(await tableCounts(a.db)).toEqual(before);
  });
});
