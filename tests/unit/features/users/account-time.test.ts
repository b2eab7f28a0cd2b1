import { describe, expect, it } from 'vitest';
import { officeDateTime } from '../../../../src-renderer/features/users/account-time';

describe('account times in China time, 24-hour', () => {
  it('an instant as the office day and time, whatever the PC zone', () => {
    expect(officeDateTime('2026-05-03T06:05:00.000Z', 'zh-CN')).toBe('2026年5月3日 14:05');
    // 17:00 UTC is already the next day in Beijing.
    expect(officeDateTime('2026-05-03T17:00:00.000Z', 'zh-CN')).toBe('2026年5月4日 01:00');
  });

  it('the time alone on the same office day as now (已锁定至 14:35), the day too otherwise', () => {
    const now = new Date('2026-05-03T06:05:00.000Z');
    expect(officeDateTime('2026-05-03T06:35:00.000Z', 'zh-CN', now)).toBe('14:35');
    expect(officeDateTime('2026-05-03T17:00:00.000Z', 'zh-CN', now)).toBe('2026年5月4日 01:00');
  });
});
