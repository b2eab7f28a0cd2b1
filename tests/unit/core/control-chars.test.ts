import { describe, expect, it } from 'vitest';
import { archiveManifestSchema, ARCHIVE_FORMAT } from '../../../src-renderer/core/archive-file/manifest';
import { customerFieldsSchema } from '../../../src-renderer/core/customers/customer';
import { departmentEditSchema } from '../../../src-renderer/core/exchange/department';
import { CONTROL_CHARS } from '../../../src-renderer/core/validation';
import { manifestFor } from './archive-file/fixtures';

/** Issue 14.11: bidi controls and other invisible controls are refused wherever text is validated. */
const REFUSED = ['\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\ufeff', '\u0085', '\u009b', '\u0007', '\u007f'];

const customer = (name: string) => ({ level: 1, parentId: null, name, type: 'defence_group', region: '北京', classification: 'internal', managerId: null });

describe('control and bidi characters', () => {
  it('are all matched by CONTROL_CHARS, and Chinese, full-width letters and ordinary punctuation are not', () => {
    for (const c of REFUSED) expect(CONTROL_CHARS.test(`部门${c}甲`), `U+${c.codePointAt(0)!.toString(16)}`).toBe(true);
    expect(CONTROL_CHARS.test('中国航天科技集团（北京）有限公司·第一研究院，ＡＢＣ１２３')).toBe(false);
  });

  it('are refused in a customer name with the control-character message', () => {
    const parsed = customerFieldsSchema.safeParse(customer('航天\u202e所究研'));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain('validation.controlChars');
    expect(customerFieldsSchema.safeParse(customer('航天材料及工艺研究所')).success).toBe(true);
  });

  it('are refused in a manifest: source department, exporter and scope description', () => {
    const valid = { format: ARCHIVE_FORMAT, formatVersion: 2, ...manifestFor({ customers: 1 }), signerPublicKey: 'ab'.repeat(32) };
    expect(archiveManifestSchema.safeParse(valid).success).toBe(true);
    for (const manifest of [
      { ...valid, source: { ...valid.source, department: '市场部\u202e' } },
      { ...valid, exporter: '\u2066张三' },
      { ...valid, scope: { type: 'selection', description: 'A 级客户\u200f' } },
    ]) {
      expect(archiveManifestSchema.safeParse(manifest).success).toBe(false);
    }
  });

  it('are refused in a department directory entry', () => {
    const entry = { name: '质量部', organisation: '航天材料及工艺研究所', note: '' };
    expect(departmentEditSchema.safeParse(entry).success).toBe(true);
    expect(departmentEditSchema.safeParse({ ...entry, name: '质量部\u202e' }).success).toBe(false);
    expect(departmentEditSchema.safeParse({ ...entry, note: '电话\u0085核对' }).success).toBe(false);
  });
});
