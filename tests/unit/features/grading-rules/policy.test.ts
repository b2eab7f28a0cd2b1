// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_POLICY, servicePolicySchema } from '../../../../src-renderer/core/grading';
import { formToPolicy, policyErrors, policyToForm, rowFields } from '../../../../src-renderer/features/grading-rules/policy/policy-form';

describe('policy form ↔ body', () => {
  it('round-trips the default policy into what the schema accepts', () => {
    const body = formToPolicy(policyToForm(DEFAULT_SERVICE_POLICY));
    expect(body).toEqual(DEFAULT_SERVICE_POLICY);
    expect(servicePolicySchema.safeParse(body).success).toBe(true);
  });

  it('reports a better grade served less at the better grade’s cell, by the path the grid uses', () => {
    const v = policyToForm(DEFAULT_SERVICE_POLICY);
    v.AA.visitIntervalDays = 20;
    const errors = policyErrors(v);
    expect(errors).toEqual({ 'AAA.visitIntervalDays': 'validation.grading.gradeOrder' });
    expect(rowFields('AAA')).toContain('AAA.visitIntervalDays');
  });

  it('a blank deadline is required; a fractional one is refused', () => {
    const v = policyToForm(DEFAULT_SERVICE_POLICY);
    v.B.complaintDeadlineDays.minor = '';
    v.A.complaintDeadlineDays.major = 7.5;
    const errors = policyErrors(v);
    expect(errors['B.complaintDeadlineDays.minor']).toBe('validation.required');
    expect(errors['A.complaintDeadlineDays.major']).toBe('validation.grading.policyDays');
    for (const path of Object.keys(errors)) expect([...rowFields('A'), ...rowFields('B')]).toContain(path);
  });

  it('lists a row’s inputs in column order: visit, deadlines lightest first, sign-off', () => {
    expect(rowFields('AA')).toEqual([
      'AA.visitIntervalDays',
      'AA.complaintDeadlineDays.minor',
      'AA.complaintDeadlineDays.major',
      'AA.complaintDeadlineDays.critical',
      'AA.signOffRole',
    ]);
  });
});
