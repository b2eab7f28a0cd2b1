import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, SPREADSHEET_ERROR_CODES, SpreadsheetError } from '../../../../src-renderer/core/spreadsheet';
import { enUS } from '../../../../src-renderer/i18n/en-US';
import { zhCN } from '../../../../src-renderer/i18n/zh-CN';

const CORE = join(__dirname, '../../../../src-renderer/core/spreadsheet');

describe('every message the spreadsheet core gives has its zh-CN and en-US text', () => {
  it('each SpreadsheetError code', () => {
    for (const code of SPREADSHEET_ERROR_CODES) {
      const key = new SpreadsheetError(code).messageKey;
      expect(zhCN, key).toHaveProperty([key]);
      expect(enUS, key).toHaveProperty([key]);
    }
  });

  it('each spreadsheet.* and validation.* key named in the core', () => {
    const keys = new Set<string>();
    for (const name of readdirSync(CORE)) {
      for (const m of readFileSync(join(CORE, name), 'utf8').matchAll(/'((?:spreadsheet|validation)\.[\w.]+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(8);
    for (const key of keys) expect(zhCN, key).toHaveProperty([key]);
  });

  it('the size limit is said in MB', async () => {
    const error = await readSpreadsheet(new Uint8Array(2 * 1024 * 1024), 'a.xlsx', { maxFileBytes: 1024 * 1024 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'tooLarge', params: { maxMb: 1 } });
  });
});
