import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../src-renderer/core/backup';
import { fileNameDay, fileNameMinute, fileNamePart, isSafeFileName } from '../../../src-renderer/core/file-names';
import { safeFileNameSchema } from '../../../src-renderer/core/host-contract';

const AT = new Date(2026, 10, 26, 23, 55);

describe('the safe-file-name rule', () => {
  it('drops what Windows refuses, trims, cuts and falls back', () => {
    expect(fileNamePart(' 市场部 ', 40, 'x')).toBe('市场部');
    expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j\u0000k\u001f', 40, 'x')).toBe('abcdefghijk');
    expect(fileNamePart('///', 40, 'backup')).toBe('backup');
    expect(fileNamePart('长'.repeat(50), 40, 'x')).toHaveLength(40);
  });

  it('dates a file by the local day, and minute when asked', () => {
    expect(fileNameDay(AT)).toBe('20261126');
    expect(fileNameMinute(AT)).toBe('20261126-2355');
    expect(fileNameDay(new Date(2027, 0, 5))).toBe('20270105');
  });

  it('accepts and refuses whole names as the host does', () => {
    for (const name of ['客户名册.xlsx', 'archive 2026.age', 'a.b.c']) expect(isSafeFileName(name), name).toBe(true);
    for (const name of ['../x', 'a/b', 'a\\b', 'C:x', '', '.', '..', 'con', 'NUL.txt', 'x\u0000y', ' lead', 'trail.', 'a'.repeat(201)]) {
      expect(isSafeFileName(name), name).toBe(false);
    }
  });

  it('every name the app builds from any department passes the host’s check', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (department) => {
        const name = backupFileName(department, AT);
        expect(isSafeFileName(name)).toBe(true);
        expect(safeFileNameSchema.safeParse(name).success).toBe(true);
      }),
      { seed: 20_261_206, numRuns: 500 },
    );
  });
});
