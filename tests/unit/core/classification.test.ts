import { describe, expect, it } from 'vitest';
import { classificationMarkSchema, formatMark, higherMark, markFor } from '../../../src-renderer/core/classification';

describe('classification marks', () => {
  it('prints as a Chinese office marks documents', () => {
    expect(formatMark(markFor('public'))).toBe('公开');
    expect(formatMark(markFor('internal'))).toBe('内部');
    expect(formatMark(markFor('secret'))).toBe('秘密★10年');
    expect(formatMark({ level: 'confidential', periodYears: 20 })).toBe('机密★20年');
  });

  it('requires a period exactly for secret and confidential', () => {
    expect(classificationMarkSchema.safeParse({ level: 'secret', periodYears: null }).success).toBe(false);
    expect(classificationMarkSchema.safeParse({ level: 'internal', periodYears: 10 }).success).toBe(false);
    expect(classificationMarkSchema.safeParse({ level: 'secret', periodYears: 31 }).success).toBe(false);
    expect(classificationMarkSchema.safeParse({ level: 'secret', periodYears: 5 }).success).toBe(true);
    expect(classificationMarkSchema.safeParse({ level: 'top-secret', periodYears: 30 }).success).toBe(false);
  });

  it('picks the higher mark', () => {
    expect(higherMark(markFor('internal'), markFor('secret'))).toEqual(markFor('secret'));
    expect(higherMark({ level: 'secret', periodYears: 5 }, { level: 'secret', periodYears: 10 }).periodYears).toBe(10);
    expect(higherMark(markFor('confidential'), markFor('public')).level).toBe('confidential');
  });
});
