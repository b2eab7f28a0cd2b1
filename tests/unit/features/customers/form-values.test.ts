// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  formFieldOf,
  fromFormValues,
  normaliseDayInput,
  splitPastedName,
  toFormValues,
} from '../../../../src-renderer/features/customers/form/form-values';

const PARENT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const MANAGER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a6c';

describe('customer form values', () => {
  it('a new unit under a parent starts one level down, of the parent type, with the default mark', () => {
    const v = toFormValues(undefined, { classification: 'secret', parent: { id: PARENT, level: 2, type: 'defence_group' } });
    expect(v).toMatchObject({ level: '3', parentId: PARENT, type: 'defence_group', classification: 'secret', status: 'active', name: '' });
    expect(toFormValues(undefined, { classification: 'internal' })).toMatchObject({ level: '1', parentId: null, type: null });
  });

  it('gives the repository numbers, nulls and the manager name; a group never sends a parent', () => {
    const values = {
      ...toFormValues(undefined, { classification: 'internal' }),
      name: '中国航天科技集团有限公司',
      parentId: PARENT,
      managerId: MANAGER,
      cooperationStart: '2019/3/5',
    };
    const input = fromFormValues(values, [{ id: MANAGER, name: '张伟' }]) as Record<string, unknown>;
    expect(input).toMatchObject({ level: 1, parentId: null, type: '', managerId: MANAGER, managerName: '张伟', cooperationStart: '2019-03-05' });
    const unassigned = fromFormValues({ ...values, managerId: null }, []) as Record<string, unknown>;
    expect(unassigned.managerName).toBe('');
    // A manager no longer listed keeps the name the record had.
    expect((fromFormValues(values, [], '李娜') as Record<string, unknown>).managerName).toBe('李娜');
  });

  it('reads the ways an office types a day, and leaves anything else for the repository to reject', () => {
    expect(normaliseDayInput('2026-3-5')).toBe('2026-03-05');
    expect(normaliseDayInput(' 2026/03/05 ')).toBe('2026-03-05');
    expect(normaliseDayInput('2026.3.5')).toBe('2026-03-05');
    expect(normaliseDayInput('2026年3月5日')).toBe('2026-03-05');
    expect(normaliseDayInput('２０２６－０３－０５')).toBe('2026-03-05');
    expect(normaliseDayInput('2026-02-30')).toBe('2026-02-30');
    expect(normaliseDayInput('明年')).toBe('明年');
    expect(normaliseDayInput('')).toBe('');
  });

  it('puts repository errors under the right input', () => {
    expect(formFieldOf('name')).toBe('name');
    expect(formFieldOf('fields.2')).toBe('fields');
    expect(formFieldOf('managerName')).toBe('managerId');
    expect(formFieldOf('_')).toBeNull();
    expect(formFieldOf('mergedInto')).toBeNull();
  });
});

describe('a spreadsheet row pasted into the unit name (issue 12.6)', () => {
  const blank = toFormValues(undefined, { classification: 'internal' });
  it('splits into name and short name and hands back the cells it did not place', () => {
    const { values, leftOver } = splitPastedName({ ...blank, name: '中国电子科技集团有限公司\t电科\t025-51821234' });
    expect(values).toMatchObject({ name: '中国电子科技集团有限公司', shortName: '电科' });
    expect(leftOver).toEqual(['025-51821234']);
  });
  it('keeps a short name already typed and then places only the name', () => {
    const { values, leftOver } = splitPastedName({ ...blank, name: '中国电子科技集团有限公司\t电科 ', shortName: '中国电科' });
    expect(values).toMatchObject({ name: '中国电子科技集团有限公司', shortName: '中国电科' });
    expect(leftOver).toEqual(['电科']);
  });
  it('counts the non-empty cells', () => {
    expect(cellsOf('a\t\tb\t')).toEqual(['a', 'b']);
    expect(cellsOf('航天材料所')).toEqual(['航天材料所']);
  });
});
