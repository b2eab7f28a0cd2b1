import { describe, expect, it } from 'vitest';
import { formatDay, formatWanAmount, isSettlementOverdue, normaliseDay, outstandingWan, todayIso, withDays } from '../../../src-renderer/ui/format';

describe('money in 万元', () => {
  it('has two decimals and thousands separators', () => {
    expect(formatWanAmount(260, 'zh-CN')).toBe('260.00');
    expect(formatWanAmount(1234.5, 'zh-CN')).toBe('1,234.50');
    expect(formatWanAmount(1234567.8, 'en-US')).toBe('1,234,567.80');
    expect(formatWanAmount(0, 'zh-CN')).toBe('0.00');
  });

  it('keeps yuan-level decimals instead of rounding them away', () => {
    expect(formatWanAmount(12.3456, 'zh-CN')).toBe('12.3456');
    expect(formatWanAmount(12.345, 'zh-CN')).toBe('12.345');
  });
});

describe('calendar days', () => {
  it('print as an office writes them, on the day stored whatever the time zone', () => {
    expect(formatDay('2026-11-26', 'zh-CN')).toBe('2026年11月26日');
    expect(formatDay('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatDay('2026-11-26', 'en-US')).toBe('November 26, 2026');
    expect(formatDay(null, 'zh-CN')).toBe('—');
    expect(formatDay('', 'zh-CN')).toBe('—');
  });

  it('today is the local day', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
    expect(todayIso(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
  });
});

describe('receivables', () => {
  const base = { receivableWan: 100, dueDate: '2026-06-30', amountPaidWan: null };

  it('are overdue past the due day while money is owed', () => {
    expect(isSettlementOverdue(base, '2026-06-30')).toBe(false);
    expect(isSettlementOverdue(base, '2026-07-01')).toBe(true);
    expect(isSettlementOverdue({ ...base, amountPaidWan: 100 }, '2027-01-01')).toBe(false);
  });

  it('count a partial payment as still owing the rest', () => {
    expect(outstandingWan({ ...base, amountPaidWan: 60.1 })).toBe(39.9);
    expect(isSettlementOverdue({ ...base, amountPaidWan: 60 }, '2026-07-01')).toBe(true);
    expect(outstandingWan({ ...base, amountPaidWan: 120 })).toBe(0);
  });
});

describe('days as typed', () => {
  it('reads the ways an office writes a day, and leaves anything else for the repository to refuse', () => {
    expect(normaliseDay('2026-3-5')).toBe('2026-03-05');
    expect(normaliseDay(' 2026/03/05 ')).toBe('2026-03-05');
    expect(normaliseDay('2026.3.5')).toBe('2026-03-05');
    expect(normaliseDay('2026年3月5日')).toBe('2026-03-05');
    expect(normaliseDay('２０２６－０３－０５')).toBe('2026-03-05');
    expect(normaliseDay('3/5/2026')).toBe('3/5/2026');
    expect(normaliseDay('')).toBe('');
  });

  it('normalises only the named fields of a form', () => {
    expect(withDays({ date: '2026/3/5', summary: '2026/3/5' }, ['date'])).toEqual({ date: '2026-03-05', summary: '2026/3/5' });
  });
});
