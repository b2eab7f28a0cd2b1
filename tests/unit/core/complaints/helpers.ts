import { ZEROING_ITEMS, type Zeroing } from '../../../../src-renderer/core/complaints';

export const BY = '张工';
export const AT = '2026-03-02T02:00:00.000Z';

/** A checklist with every item confirmed. */
export function completeZeroing(): Zeroing {
  const z: Zeroing = {};
  for (const id of ZEROING_ITEMS) z[id] = { evidence: `${id} 归零报告第 3 节`, confirmedBy: '质量部 王工', confirmedAt: AT };
  return z;
}
