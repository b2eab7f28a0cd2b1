import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileCapped } from '../../../src-main/ipc/files';
import { MAX_OPEN_FILE_BYTES } from '../../../src-renderer/core/host-contract';

/** Issue 14.13: main reads at most MAX_OPEN_FILE_BYTES (256 MiB), the same cap as the browser host (tests/unit/hostile/read-cap.test.ts). */
const MiB = 1024 * 1024;

describe('the host read cap in main', () => {
  it('main: the same cap refuses a (sparse) file of 257 MiB; the cap still holds the full institute three times over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-cap-'));
    try {
      const path = join(dir, 'big.age');
      writeFileSync(path, '');
      truncateSync(path, 257 * MiB);
      await expect(readFileCapped(path, MAX_OPEN_FILE_BYTES)).rejects.toMatchObject({ hostCode: 'file-too-large' });
      // The full institute's backup is ≈ 75 MB (docs/exchange.md): it must fit with room to grow.
      expect(MAX_OPEN_FILE_BYTES).toBeGreaterThanOrEqual(3 * 75 * 1000 * 1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
