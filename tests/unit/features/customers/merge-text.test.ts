// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createContact,
  createCustomer,
  createInteraction,
  deleteInteraction,
  previewCustomerMerge,
  createBenefitYear,
  updateCustomer,
} from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { compareRows, conflictRows, movedRows, refusalText, type ReadyPreview } from '../../../../src-renderer/features/customers/merge/merge-text';
import { createTranslator } from '../../../../src-renderer/i18n';
import { archive, unitInput } from '../../data/customers/fixtures';

const t = createTranslator('zh-CN');
const words = { t, locale: 'zh-CN' as const };

let db: AirgapDb;
afterEach(() => db?.close());

async function ready(targetId: string, sourceId: string): Promise<ReadyPreview> {
  const preview = await previewCustomerMerge(db, targetId, sourceId);
  if (!preview.ok) throw new Error(preview.error);
  return preview;
}

describe('the merge preview in words', () => {
  it('shows both records and the kept one after the merge, what moves, and how each disagreement ends', async () => {
    const w = await archive();
    db = w.db;
    // The duplicate: no short name on the kept side to lose, a different region and manager, a higher mark.
    const dup = await createCustomer(
      db,
      unitInput({
        name: '航天材料工艺所',
        shortName: '材料所',
        level: 3,
        parentId: w.academy.id,
        region: '西安',
        cooperationStart: '2019-03-01',
        classification: 'secret',
        managerId: w.li.id,
        managerName: '李娜',
      }),
      w.ctx,
      { allowDuplicate: true },
    );
    await updateCustomer(
      db,
      w.institute.id,
      unitInput({ name: '航天材料及工艺研究所', shortName: '', level: 3, parentId: w.academy.id, managerId: w.wang.id, managerName: '王磊' }),
      w.ctx,
    );
    await createContact(db, w.institute.id, { name: '张伟', phones: [] }, w.ctx);
    await createContact(db, dup.id, { name: '李强', phones: [] }, w.ctx);
    const visit = { kind: 'call', departments: ['marketing'], summary: '电话沟通' };
    await createInteraction(db, dup.id, { ...visit, date: '2026-02-05' }, w.ctx);
    await deleteInteraction(db, (await createInteraction(db, dup.id, { ...visit, date: '2026-03-05' }, w.ctx)).id, w.ctx);
    await createBenefitYear(db, w.institute.id, { year: 2025, contractWan: 100, benefitWan: 10 }, w.ctx);
    await createBenefitYear(db, dup.id, { year: 2025, contractWan: 50, benefitWan: 5 }, w.ctx);

    const preview = await ready(w.institute.id, dup.id);
    const compare = Object.fromEntries(compareRows(preview, words).map((r) => [r.label, [r.kept, r.merged, r.result]]));
    expect(compare).toEqual({
      单位名称: ['航天材料及工艺研究所', '航天材料工艺所', '航天材料及工艺研究所'],
      简称: ['—', '材料所', '材料所'],
      客户类型: ['军工集团单位', '军工集团单位', '军工集团单位'],
      地区: ['北京', '西安', '北京'],
      客户经理: ['王磊', '李娜', '王磊'],
      开始合作日期: ['2015年3月1日', '2019年3月1日', '2015年3月1日'],
      状态: ['合作中', '合作中', '合作中'],
    });

    expect(movedRows(preview, t).map((r) => [r.label, r.live, r.deleted])).toEqual([
      ['联系人', 1, 0],
      ['往来记录', 1, 1],
      ['需求', 0, 0],
      ['年度经营数据', 1, 0],
      ['结算记录', 0, 0],
      ['交接记录', 0, 0],
    ]);

    expect(conflictRows(preview, words).map((r) => [r.what, r.how])).toEqual([
      ['地区', '采用保留客户的“北京”，不采用“西安”'],
      ['开始合作日期', '采用保留客户的“2015年3月1日”，不采用“2019年3月1日”'],
      ['密级', '两者取较高密级：秘密★10年'],
      ['客户经理', '采用保留客户的“王磊”，不采用“李娜”'],
      ['2025 年度经营数据两边都有', '两条都保留，不相加（可能是同一批合同）；合并后请在“经营数据”中核对并删除多余的一条'],
      ['两边都有主要联系人', '“张伟”仍为主要联系人，“李强”改为普通联系人'],
    ]);
  });

  it('names the parents when the two units sit under different ones, and lists sub-units that move', async () => {
    const w = await archive();
    db = w.db;
    const otherAcademy = await createCustomer(db, unitInput({ name: '中国空间技术研究院', level: 2, parentId: w.group.id }), w.ctx);
    const twin = await createCustomer(db, unitInput({ name: '中国运载火箭研究院', level: 2, parentId: w.group.id }), w.ctx, { allowDuplicate: true });
    await createCustomer(db, unitInput({ name: '某总体设计部', level: 3, parentId: twin.id }), w.ctx);
    const moved = await createCustomer(db, unitInput({ name: '某所', level: 3, parentId: otherAcademy.id }), w.ctx);
    const preview = await ready(w.institute.id, moved.id);
    expect(conflictRows(preview, words).map((r) => r.how)).toContain('采用保留客户的“中国运载火箭技术研究院”，不采用“中国空间技术研究院”');
    expect(movedRows(await ready(w.academy.id, twin.id), t).at(-1)).toEqual({ kind: 'subUnits', label: '下级单位', live: 1, deleted: 0 });
  });

  it('says why a merge is refused, naming the units', async () => {
    const w = await archive();
    db = w.db;
    const { institute, academy } = w;
    expect(refusalText('validation.mergeSelf', institute, institute, t)).toBe('不能把客户合并到它自身，请选择另一个客户。');
    expect(refusalText('validation.mergeDeleted', institute, { ...academy, deletedAt: '2026-01-01T00:00:00.000Z' }, t)).toBe(
      '“中国运载火箭技术研究院”已删除（在回收站中），不能合并。',
    );
    expect(refusalText('validation.mergeLevel', institute, academy, t)).toBe(
      '“航天材料及工艺研究所”是“中国运载火箭技术研究院”的下级单位，不能把上级单位并入自己的下级单位。',
    );
    expect(refusalText('validation.mergeLevel', w.group, academy, t)).toBe(
      '“中国运载火箭技术研究院”有下级单位，只能并入同一层级的单位（“中国运载火箭技术研究院”是二级单位，“中国航天科技集团有限公司”是集团）。',
    );
    expect(refusalText('validation.somethingElse', institute, academy, t)).toBe('合并未完成，未修改任何内容');
  });
});
