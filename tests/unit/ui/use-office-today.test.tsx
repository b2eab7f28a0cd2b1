// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useOfficeToday } from '../../../src-renderer/ui/hooks/use-office-today';

describe('useOfficeToday', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is the day in China and moves on at China midnight while mounted', () => {
    // 15:58 UTC is 23:58 in Beijing: still the 6th there.
    vi.setSystemTime(new Date('2026-12-06T15:58:00Z'));
    const { result } = renderHook(() => useOfficeToday());
    expect(result.current).toBe('2026-12-06');
    act(() => {
      vi.setSystemTime(new Date('2026-12-06T16:00:30Z'));
      vi.advanceTimersByTime(60_000);
    });
    expect(result.current).toBe('2026-12-07');
  });
});
