// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, scoringTemplateSchema } from '../../../../src-renderer/core/grading';
import {
  formToTemplate,
  idsOf,
  moveItem,
  moveTarget,
  newSubjectiveItem,
  nextItemId,
  subjectiveGap,
  subjectiveSum,
  templateErrors,
  templateToForm,
  type ItemFormValues,
} from '../../../../src-renderer/features/grading-rules/template/template-form';
import { scoringParts } from '../../../../src-renderer/features/grading-rules/template/template-text';
import { createTranslator } from '../../../../src-renderer/i18n';

const zh = createTranslator('zh-CN');
const subjective = (id: string, maxPoints: number | string): ItemFormValues => ({ ...newSubjectiveItem(id), label: id, maxPoints });

describe('template form ↔ body', () => {
  it('round-trips the default table into what the schema accepts', () => {
    const body = formToTemplate(templateToForm(DEFAULT_TEMPLATE));
    expect(body).toEqual(DEFAULT_TEMPLATE);
    expect(scoringTemplateSchema.safeParse(body).success).toBe(true);
    expect(templateErrors(templateToForm(DEFAULT_TEMPLATE))).toEqual({});
  });

  it('copies bands, so editing the form never touches the frozen default', () => {
    const v = templateToForm(DEFAULT_TEMPLATE);
    const benefit = v.items[0]!;
    if (benefit.kind !== 'objective' || benefit.source === 'payment') throw new Error('benefit first');
    benefit.bands[0]!.points = 15;
    expect(DEFAULT_TEMPLATE.items[0]).toMatchObject({ bands: [{ atLeast: 5, points: 10 }, expect.anything(), expect.anything(), expect.anything()] });
  });

  it('an added item with no maximum is refused at its own maximum; the sum is refused at `items`', () => {
    const v = templateToForm(DEFAULT_TEMPLATE);
    v.items.push(newSubjectiveItem('item_1'));
    const errors = templateErrors(v);
    expect(errors['items.7.maxPoints']).toBe('validation.required');
    expect(errors['items.7.label']).toBe('validation.required');
    v.items[7] = { ...v.items[7]!, label: '交付配合度', maxPoints: 10 };
    expect(templateErrors(v)).toEqual({ items: 'validation.grading.subjectiveSum' });
  });

  it('a band edited out of order is refused at that band', () => {
    const v = templateToForm(DEFAULT_TEMPLATE);
    const benefit = v.items[0]!;
    if (benefit.kind !== 'objective' || benefit.source === 'payment') throw new Error('benefit first');
    benefit.bands[2]!.atLeast = 10;
    expect(templateErrors(v)).toEqual({ 'items.0.bands.2.atLeast': 'validation.grading.bandOrder' });
  });
});

describe('the subjective sum', () => {
  it('adds the maximums as the schema does (hundredths), a blank as 0', () => {
    expect(subjectiveSum(templateToForm(DEFAULT_TEMPLATE).items)).toBe(100);
    expect(subjectiveSum([subjective('a', 33.33), subjective('b', 33.33), subjective('c', 33.34)])).toBe(100);
    expect(subjectiveSum([subjective('a', 60), subjective('b', '')])).toBe(60);
    expect(subjectiveGap([subjective('a', 60), subjective('b', 50.5)])).toBe(10.5);
    expect(subjectiveGap([subjective('a', 60)])).toBe(-40);
  });

  it('ignores the objective items', () => {
    const items = templateToForm(DEFAULT_TEMPLATE).items.filter((i) => i.kind === 'objective');
    expect(subjectiveSum(items)).toBe(0);
  });
});

describe('item ids', () => {
  it('go past every item_<n> ever used, never back to a removed one', () => {
    expect(nextItemId(idsOf([DEFAULT_TEMPLATE]))).toBe('item_1');
    expect(nextItemId(['benefit', 'item_2', 'item_10', 'item_3'])).toBe('item_11');
    // item_5 was saved in an older version and removed since: it stays used.
    const older = { items: [{ id: 'item_5' }] };
    const current = { items: [{ id: 'item_1' }] };
    expect(nextItemId(idsOf([older, current]))).toBe('item_6');
  });

  it('are collected once from every version', () => {
    expect(idsOf([{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [{ id: 'b' }, { id: 'c' }] }])).toEqual(['a', 'b', 'c']);
  });
});

describe('reordering', () => {
  const items = templateToForm(DEFAULT_TEMPLATE).items; // 3 objective, then communication, demand_match, loyalty, potential

  it('swaps a subjective item with its subjective neighbour', () => {
    expect(moveItem(items, 4, -1).map((i) => i.id)).toEqual(['benefit', 'cooperation', 'payment', 'demand_match', 'communication', 'loyalty', 'potential']);
    expect(
      moveItem(items, 5, 1)
        .map((i) => i.id)
        .slice(3),
    ).toEqual(['communication', 'demand_match', 'potential', 'loyalty']);
  });

  it('never moves past an objective item, the ends, or an objective item itself', () => {
    expect(moveTarget(items, 3, -1)).toBeNull();
    expect(moveTarget(items, 6, 1)).toBeNull();
    expect(moveTarget(items, 1, 1)).toBeNull();
    expect(moveItem(items, 3, -1)).toEqual(items);
    expect(moveItem(items, 3, -1)).not.toBe(items);
  });
});

describe('scoring text of a saved version', () => {
  it('lists the bands of objective items and says who scores a subjective one', () => {
    const [benefit, cooperation, payment, communication] = DEFAULT_TEMPLATE.items;
    expect(scoringParts(benefit!, zh)).toEqual(['≥ 5 万元 10 分', '≥ 20 万元 20 分', '≥ 100 万元 30 分', '≥ 200 万元 40 分']);
    expect(scoringParts(cooperation!, zh)).toEqual(['≥ 1 年 10 分', '≥ 2 年 20 分', '≥ 5 年 30 分']);
    expect(scoringParts(payment!, zh)).toEqual(['稳定 30 分', '较稳定 20 分', '不稳定 10 分', '拖欠一年以上 0 分']);
    expect(scoringParts(communication!, zh)).toEqual(['客户经理打分']);
  });
});
