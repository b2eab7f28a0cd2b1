import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError, type Role } from '../../../../src-renderer/core/accounts';
import { applyCard, editDepartment, exportMyCard, previewCard, removeDepartment, restoreDepartment } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { testActor } from '../../../shared/actors';
import { closeAll, department, tableCounts, type Dept } from './departments-fixture';

afterEach(closeAll);

/**
 * Issue 15.3: the department key directory (部门通讯录) is the security administrator's — whose key
 * is trusted decides which files are read. Every change is refused to anyone else, business roles
 * included, before anything is read or written.
 */
const as = (d: Dept, name: string, roles: readonly Role[]): WriteContext => ({
  ...d.ctx,
  actor: testActor(name, roles, roles.some((r) => r.endsWith('admin')) ? null : 'all'),
});

const OTHERS: [string, Role[]][] = [
  ['业务张伟', ['account-manager', 'department-head', 'complaint-handler', 'reader']],
  ['系统管理员', ['system-admin']],
  ['安全审计员', ['audit-admin']],
];

describe('the key directory is the security administrator’s', () => {
  it('adding, editing, removing and restoring an entry: refused to everyone else, nothing written', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const card = await previewCard(a.db, exportMyCard(b.installation, (await getProfile(b.db))!).text, a.installation);
    const security = as(a, '安全保密管理员', ['security-admin']);
    // Also one already in the directory (removed), to try edit/remove/restore on.
    const c = await department('质量部');
    const entry = await applyCard(a.db, await previewCard(a.db, exportMyCard(c.installation, (await getProfile(c.db))!).text, a.installation), security);
    await removeDepartment(a.db, entry.id, security);
    const before = await tableCounts(a.db);
    for (const [name, roles] of OTHERS) {
      const ctx = as(a, name, roles);
      for (const attempt of [
        applyCard(a.db, card, ctx),
        editDepartment(a.db, entry.id, { name: '改名', organisation: '航天材料及工艺研究所', note: '' }, ctx),
        removeDepartment(a.db, entry.id, ctx),
        restoreDepartment(a.db, entry.id, ctx),
      ]) {
        await expect(attempt, name).rejects.toBeInstanceOf(ForbiddenError);
      }
      await expect(applyCard(a.db, card, ctx)).rejects.toMatchObject({ code: 'forbidden', action: 'keys.directory', messageKey: 'accounts.forbidden' });
    }
    expect(await tableCounts(a.db)).toEqual(before);

    // The security administrator may, and is audited by name.
    await restoreDepartment(a.db, entry.id, security);
    const added = await applyCard(a.db, card, security);
    expect(added.history.at(-1)?.by).toBe('安全保密管理员');
    expect(await a.db.audit.orderBy('seq').last()).toMatchObject({ action: 'directory.add', userName: '安全保密管理员' });
  });
});
