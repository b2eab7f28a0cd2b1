import { describe, expect, it } from 'vitest';
import { gridOf } from '../../../../src-renderer/features/customers/list/columns';
import { DEFAULT_COLUMNS } from '../../../../src-renderer/features/customers/list/list-storage';

/**
 * The list's width on the institute's 1366×768 screen: the window less the navigation (220 px) and the
 * page's padding (2 × 20 px). Below its grid's minimum width the table scrolls sideways and the last
 * column (开始合作) is cut off (issue 17.3).
 */
const LIST_WIDTH_AT_1366 = 1366 - 220 - 2 * 20;

describe('customer list columns', () => {
  it('the default columns fit the list at 1366×768 without a sideways scroll', () => {
    expect(gridOf(DEFAULT_COLUMNS).minWidth).toBeLessThanOrEqual(LIST_WIDTH_AT_1366);
  });
});
