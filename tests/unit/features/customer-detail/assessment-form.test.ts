import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../../../src-renderer/core/grading';
import { assessmentErrors, assessmentFormValues, assessmentInput } from '../../../../src-renderer/features/customer-detail/grading/assessment-form';

describe('the scoring form', () => {
  it('starts empty for a customer not assessed, with one input per subjective item', () => {
    expect(assessmentFormValues(DEFAULT_TEMPLATE, null)).toEqual({
      entries: { communication: '', demand_match: '', loyalty: '', potential: '' },
      communicationDifficult: false,
      note: '',
    });
  });

  it('starts from the saved scores, dropping items the template no longer has', () => {
    const values = assessmentFormValues(DEFAULT_TEMPLATE, {
      entries: { communication: 20, loyalty: null, retired_item: 5 },
      communicationDifficult: true,
      note: '年度走访',
    });
    expect(values).toEqual({ entries: { communication: 20, demand_match: '', loyalty: '', potential: '' }, communicationDifficult: true, note: '年度走访' });
  });

  it('sends empty as not scored (never 0) and passes bad text on for the repository to refuse', () => {
    const input = assessmentInput(
      { entries: { communication: 20, demand_match: '', loyalty: '  ', potential: 'abc' }, communicationDifficult: false, note: '' },
      2026,
    );
    expect(input).toEqual({
      year: 2026,
      entries: { communication: 20, demand_match: null, loyalty: null, potential: 'abc' },
      communicationDifficult: false,
      note: '',
    });
  });

  it('puts a refusal on the score input it concerns, other refusals on the form', () => {
    const ids = ['communication', 'loyalty'];
    expect(assessmentErrors({ loyalty: 'validation.grading.itemPoints', note: 'validation.tooLong' }, ids)).toEqual({
      fields: { 'entries.loyalty': 'validation.grading.itemPoints', note: 'validation.tooLong' },
      form: [],
    });
    expect(assessmentErrors({ _: 'validation.customerDeleted', year: 'validation.year' }, ids)).toEqual({
      fields: {},
      form: ['validation.customerDeleted', 'validation.year'],
    });
  });
});
