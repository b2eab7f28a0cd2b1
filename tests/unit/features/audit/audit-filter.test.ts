import { describe, expect, it } from 'vitest';
import { auditQueryOf, EMPTY_FILTER_FORM, filterProblems, SIGNED_OUT } from '../../../../src-renderer/features/audit/audit-filter';

const USERS = [
  { id: 'u-1', displayName: '张伟', username: 'zhangwei' },
  { id: 'u-2', displayName: '孙丽', username: 'auditor' },
];

describe('the audit filter bar as a query', () => {
  it('days are China days, both ends inclusive, written as the stored UTC instants', () => {
    const query = auditQueryOf({ ...EMPTY_FILTER_FORM, from: '2026-05-03', to: '2026/5/4' }, USERS);
    // 00:00 in Beijing is 16:00 UTC the day before; the end is the last millisecond of 5月4日 in Beijing.
    expect(query?.filter).toEqual({ from: '2026-05-02T16:00:00.000Z', to: '2026-05-04T15:59:59.999Z' });
  });

  it('a wrong day or a reversed range is named under its field, and gives no query', () => {
    const typo = { ...EMPTY_FILTER_FORM, from: '2026-13-45' };
    expect(filterProblems(typo)).toEqual({ from: 'auditLog.filter.badDay' });
    expect(auditQueryOf(typo, USERS)).toBeNull();
    expect(filterProblems({ ...EMPTY_FILTER_FORM, from: '2026-05-04', to: '2026-05-03' })).toEqual({ to: 'auditLog.filter.reversed' });
    expect(filterProblems({ ...EMPTY_FILTER_FORM, from: '2026-05-03', to: '2026-05-03' })).toEqual({});
  });

  it('an object typed as a user’s name or sign-in name stands for that user’s id; anything else is an id', () => {
    expect(auditQueryOf({ ...EMPTY_FILTER_FORM, object: ' 孙丽 ' }, USERS)?.filter.objectId).toBe('u-2');
    expect(auditQueryOf({ ...EMPTY_FILTER_FORM, object: 'ZhangWei' }, USERS)?.filter.objectId).toBe('u-1');
    expect(auditQueryOf({ ...EMPTY_FILTER_FORM, object: '0190-abc' }, USERS)?.filter.objectId).toBe('0190-abc');
  });

  it('未登录 is no user id but a flag; a user, an action and an outcome pass through', () => {
    expect(auditQueryOf({ ...EMPTY_FILTER_FORM, user: SIGNED_OUT }, USERS)).toEqual({ filter: {}, signedOutOnly: true });
    const query = auditQueryOf({ ...EMPTY_FILTER_FORM, user: 'u-1', action: 'auth.sign-in', outcome: 'failure' }, USERS);
    expect(query).toEqual({ filter: { userId: 'u-1', action: 'auth.sign-in', outcome: 'failure' }, signedOutOnly: false });
  });
});
