import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATE,
  gradeCustomer,
  scoreTemplate,
  scoringTemplateSchema,
  subjectiveEntriesSchema,
  type GradeFacts,
  type ScoringTemplate,
} from '../../../../src-renderer/core/grading';
import { fieldErrorsOf, type FieldErrors } from '../../../../src-renderer/core/validation';
import { EXCELLENT, facts } from './helpers';

const errorsOfTemplate = (template: unknown): FieldErrors => {
  const result = scoringTemplateSchema.safeParse(template);
  return result.success ? {} : fieldErrorsOf(result.error);
};
/** A deep copy of the default template with `edit` applied. */
const edited = (edit: (t: { version: number; items: Record<string, unknown>[] }) => void) => {
  const copy = structuredClone(DEFAULT_TEMPLATE) as unknown as { version: number; items: Record<string, unknown>[] };
  edit(copy);
  return copy;
};

describe('the default template (our 表1)', () => {
  it('is valid: objective items 100 points, subjective items 100 points', () => {
    expect(errorsOfTemplate(DEFAULT_TEMPLATE)).toEqual({});
    const sum = (kind: string) => DEFAULT_TEMPLATE.items.filter((i) => i.kind === kind).reduce((s, i) => s + i.maxPoints, 0);
    expect([sum('objective'), sum('subjective')]).toEqual([100, 100]);
    expect(DEFAULT_TEMPLATE.items.map((i) => i.label)).toEqual([
      '年综合效益',
      '合作年限',
      '结算回款稳定性',
      '业务沟通配合度',
      '技术需求匹配度',
      '合作意愿与忠诚度',
      '发展潜力',
    ]);
  });

  it('is frozen (an edit makes a new version, never changes version 1 in place)', () => {
    expect(Object.isFrozen(DEFAULT_TEMPLATE.items[0])).toBe(true);
    expect(() => {
      (DEFAULT_TEMPLATE.items[0] as { maxPoints: number }).maxPoints = 1;
    }).toThrow(TypeError);
  });

  it('parses to the same template (the schema keeps every field)', () => {
    expect(scoringTemplateSchema.parse(DEFAULT_TEMPLATE)).toEqual(DEFAULT_TEMPLATE);
  });
});

describe('template validation', () => {
  const cases: [string, ReturnType<typeof edited>, FieldErrors][] = [
    ['version 0', edited((t) => (t.version = 0)), { version: 'validation.grading.version' }],
    ['duplicate item id', edited((t) => (t.items[4]!.id = 'communication')), { 'items.4.id': 'validation.grading.duplicateItemId' }],
    ['bad item id', edited((t) => (t.items[3]!.id = 'Communication!')), { 'items.3.id': 'validation.grading.itemId' }],
    ['empty label', edited((t) => (t.items[3]!.label = '  ')), { 'items.3.label': 'validation.required' }],
    ['unknown kind', edited((t) => (t.items[3]!.kind = 'bonus')), { 'items.3.kind': 'validation.grading.itemKind' }],
    ['two benefit items', edited((t) => (t.items[1] = { ...t.items[0]!, id: 'benefit2' })), { 'items.1.source': 'validation.grading.duplicateSource' }],
    [
      'zero max points',
      edited((t) => {
        t.items[3]!.maxPoints = 0;
        t.items[4]!.maxPoints = 50;
      }),
      { 'items.3.maxPoints': 'validation.grading.maxPoints' },
    ],
    ['subjective items summing to 99', edited((t) => (t.items[6]!.maxPoints = 19)), { items: 'validation.grading.subjectiveSum' }],
    [
      'bands not rising',
      edited((t) => ((t.items[0]!.bands as { atLeast: number }[])[2]!.atLeast = 20)),
      { 'items.0.bands.2.atLeast': 'validation.grading.bandOrder' },
    ],
    [
      'band points falling',
      edited((t) => ((t.items[0]!.bands as { points: number }[])[1]!.points = 5)),
      { 'items.0.bands.1.points': 'validation.grading.bandPoints' },
    ],
    ['top band below the maximum', edited((t) => (t.items[1]!.maxPoints = 35)), { 'items.1.bands.2.points': 'validation.grading.bandTop' }],
    ['no bands', edited((t) => (t.items[0]!.bands = [])), { 'items.0.bands': 'validation.grading.bandsMissing' }],
    [
      'payment points rising as payment worsens',
      edited((t) => ((t.items[2]!.bands as Record<string, number>).unstable = 25)),
      { 'items.2.bands': 'validation.grading.bandPoints' },
    ],
    [
      'payment stable below the maximum',
      edited((t) => ((t.items[2]!.bands as Record<string, number>).stable = 25)),
      { 'items.2.bands.stable': 'validation.grading.bandTop' },
    ],
  ];
  it.each(cases)('%s', (_label, template, expected) => expect(errorsOfTemplate(template)).toEqual(expected));

  it('subjective entries: 0 to the item maximum or not yet scored; unknown items refused', () => {
    const schema = subjectiveEntriesSchema(DEFAULT_TEMPLATE);
    const errors = (v: unknown) => {
      const r = schema.safeParse(v);
      return r.success ? {} : fieldErrorsOf(r.error);
    };
    expect(errors({ communication: 25, demand_match: 0, loyalty: null })).toEqual({});
    expect(errors({ communication: 26 })).toEqual({ communication: 'validation.grading.itemPoints' });
    expect(errors({ loyalty: -1 })).toEqual({ loyalty: 'validation.grading.itemPoints' });
    expect(errors({ benefit: 10 })).toEqual({ _: 'validation.grading.unknownItem' });
  });
});

describe('scoreTemplate', () => {
  const ALL = { communication: 20, demand_match: 21.5, loyalty: 28, potential: 12 };

  it('scores objective items by bands and sums the subjective ones', () => {
    const f: GradeFacts = { ...EXCELLENT, cooperationYears: 3.25 };
    const score = scoreTemplate(DEFAULT_TEMPLATE, f, ALL);
    expect(score.items.map((i) => [i.itemId, i.points, i.explanation])).toEqual([
      ['benefit', 40, '年综合效益 260 万元 ≥ 200 万元，得 40 分'],
      ['cooperation', 20, '合作年限 3.2 年 ≥ 2 年，得 20 分'],
      ['payment', 30, '结算回款稳定性：回款稳定，得 30 分'],
      ['communication', 20, '业务沟通配合度：客户经理评 20 分（满分 25 分）'],
      ['demand_match', 21.5, '技术需求匹配度：客户经理评 21.5 分（满分 25 分）'],
      ['loyalty', 28, '合作意愿与忠诚度：客户经理评 28 分（满分 30 分）'],
      ['potential', 12, '发展潜力：客户经理评 12 分（满分 20 分）'],
    ]);
    expect(score).toMatchObject({
      templateVersion: 1,
      objectivePoints: 90,
      objectiveMaxPoints: 100,
      subjectiveScore: 81.5,
      subjectiveMaxPoints: 100,
      totalPoints: 171.5,
      totalMaxPoints: 200,
      unscoredItemIds: [],
    });
  });

  it.each([
    [199.99, 30, '年综合效益 199.99 万元 ≥ 100 万元，得 30 分'],
    [200, 40, '年综合效益 200 万元 ≥ 200 万元，得 40 分'],
    [4.99, 0, '年综合效益 4.99 万元 < 5 万元，得 0 分'],
    [null, 0, '年综合效益无数据，得 0 分'],
  ])('benefit %s 万元 gives %d points', (benefit, points, explanation) => {
    const item = scoreTemplate(DEFAULT_TEMPLATE, facts({ annualBenefitWan: benefit }), ALL).items[0]!;
    expect([item.points, item.explanation]).toEqual([points, explanation]);
  });

  it('cooperation just under a band and unknown payment', () => {
    const items = scoreTemplate(DEFAULT_TEMPLATE, facts({ cooperationYears: 0.999, paymentStability: null }), ALL).items;
    expect(items[1]!.explanation).toBe('合作年限 0.9 年 < 1 年，得 0 分');
    expect([items[2]!.points, items[2]!.explanation]).toEqual([0, '结算回款稳定性：无可计的结算记录，得 0 分']);
  });

  it('leaves the subjective score unknown until every subjective item is scored', () => {
    const score = scoreTemplate(DEFAULT_TEMPLATE, EXCELLENT, { communication: 5, loyalty: null });
    expect(score).toMatchObject({
      subjectiveScore: null,
      subjectiveEnteredPoints: 5,
      totalPoints: null,
      unscoredItemIds: ['demand_match', 'loyalty', 'potential'],
    });
    expect(score.items[5]).toMatchObject({ points: null, explanation: '合作意愿与忠诚度：未评分' });
    // A half-filled form scoring 5 must not make the customer B ("score below 10").
    expect(gradeCustomer({ ...EXCELLENT, subjectiveScore: score.subjectiveScore }).grade).toBe('AAA');
  });

  it('the subjective score it gives is what the grade reads', () => {
    const low = scoreTemplate(DEFAULT_TEMPLATE, EXCELLENT, { communication: 2, demand_match: 2, loyalty: 3, potential: 2 });
    expect(low.subjectiveScore).toBe(9);
    expect(gradeCustomer({ ...EXCELLENT, subjectiveScore: low.subjectiveScore }).grade).toBe('B');
  });

  it('refuses entries that skipped validation', () => {
    expect(() => scoreTemplate(DEFAULT_TEMPLATE, EXCELLENT, { communication: 26 })).toThrow(RangeError);
    expect(() => scoreTemplate(DEFAULT_TEMPLATE, EXCELLENT, { communication: Number.NaN })).toThrow(RangeError);
  });

  it('scores any valid template, e.g. a single subjective item', () => {
    const template: ScoringTemplate = { version: 2, items: [{ id: 'overall', kind: 'subjective', label: '综合评价', maxPoints: 100, guide: '' }] };
    expect(errorsOfTemplate(template)).toEqual({});
    expect(scoreTemplate(template, EXCELLENT, { overall: 64 })).toMatchObject({
      templateVersion: 2,
      objectivePoints: 0,
      objectiveMaxPoints: 0,
      subjectiveScore: 64,
      totalPoints: 64,
      totalMaxPoints: 100,
    });
  });
});
