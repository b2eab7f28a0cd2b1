import { afterAll, describe, expect, it } from 'vitest';
import { checkBackupRecord, MAX_RAW_TEXT_CHARS } from '../../../src-renderer/core/backup';
import { newId } from '../../../src-renderer/core/ids';
import { restoreBackupFile } from '../../../src-renderer/data/backup-file';
import { openDatabase } from '../../../src-renderer/data/db';
import { applyImport, previewImport } from '../../../src-renderer/data/exchange';
import { closeAll, department } from '../data/exchange/departments-fixture';
import { CURRENT_SCHEMA_VERSION as V } from '../../../src-renderer/data/schema';
import { customers, gzipLines, payloadLines, PASSPHRASE, sealPassphrase } from './build';
import { trustCorpusSigner } from './trust-signer';
import { testActor } from '../../shared/actors';

/**
 * Issue 14.1: what is stored is what was validated. The schemas tidy text (trim, collapse runs of
 * spaces, \r\n → \n) before checking its length; the import and the restore used to store the record
 * AS READ, so padding passed the limits and was stored in full. Now the schema's output is stored,
 * and text far beyond any field's limit is refused before it is tidied.
 */
afterAll(closeAll);

const PADDED = { name: '  中国  运载火箭  ', notes: '  第一行 \r\n第二行  ' };
const TIDIED = { name: '中国 运载火箭', notes: '第一行 \n第二行' };

describe('checkBackupRecord', () => {
  it('returns the tidied record, the same as a form would store', () => {
    const [line] = customers(1, () => PADDED);
    const verdict = checkBackupRecord('customers', line!.record);
    expect(verdict.ok && { name: verdict.record.name, notes: verdict.record.notes }).toEqual(TIDIED);
  });

  it('refuses padding far beyond every limit before tidying it, saying where and how long', () => {
    const [line] = customers(1, () => ({ notes: `x${' '.repeat(1024 * 1024)}` }));
    const started = performance.now();
    const verdict = checkBackupRecord('customers', line!.record);
    expect(verdict).toEqual({ ok: false, problem: expect.stringMatching(/^notes: text of 1048577 characters, far beyond/) });
    expect(performance.now() - started).toBeLessThan(100);
    const [tags] = customers(1, () => ({ tags: Array.from({ length: 200_000 }, () => ' ') }));
    expect(checkBackupRecord('customers', tags!.record)).toEqual({ ok: false, problem: expect.stringMatching(/^tags: list of 200000 items/) });
    const [spaces] = customers(1, (i) => ({ name: `客户${i}${' '.repeat(100_000)}` }));
    expect(checkBackupRecord('customers', spaces!.record)).toMatchObject({ ok: false, problem: expect.stringMatching(/^name: text of/) });
  });

  it('takes text up to the raw bound and leaves the length check to the schema', () => {
    const [line] = customers(1, () => ({ notes: `x${' '.repeat(MAX_RAW_TEXT_CHARS - 1)}` }));
    const verdict = checkBackupRecord('customers', line!.record);
    expect(verdict.ok && verdict.record.notes).toBe('x');
  });
});

describe('the import and the restore store the tidied record', () => {
  it('import: a padded name and notes are stored as a form would store them', async () => {
    const receiver = await department('科研处');
    await trustCorpusSigner(receiver);
    const file = await sealPassphrase(
      gzipLines(
        await payloadLines(
          V,
          customers(1, () => PADDED),
        ),
      ),
    );
    const preview = await previewImport(receiver.db, file, { passphrase: PASSPHRASE }, { installation: receiver.installation, now: () => Date.now() });
    if (preview.status !== 'ready') throw new Error(preview.status);
    await applyImport(receiver.db, preview.file, receiver.ctx);
    const [stored] = await receiver.db.customers.toArray();
    expect({ name: stored!.name, notes: stored!.notes }).toEqual(TIDIED);
  });

  it('restore: the same', async () => {
    const lines = await payloadLines(
      V,
      customers(1, () => PADDED),
      { scope: { type: 'backup' } },
    );
    const restored = await restoreBackupFile(await sealPassphrase(gzipLines(lines)), { passphrase: PASSPHRASE }, { stamp: newId(), by: testActor() });
    const db = await openDatabase(restored.databaseName);
    try {
      const [stored] = await db.customers.toArray();
      expect({ name: stored!.name, notes: stored!.notes }).toEqual(TIDIED);
    } finally {
      db.close();
    }
  });
});
