import { describe, expect, it } from 'vitest';
import { recordKey } from '../../../src-renderer/core/record-identity';

describe('the record-identity rule', () => {
  it('a record is its id within a kind, a change its seq, the installation the one', () => {
    expect(recordKey('customers', { id: '0193a1b2-0000-7000-8000-000000000001', name: 'x' })).toBe('0193a1b2-0000-7000-8000-000000000001');
    expect(recordKey('changes', { seq: 42, id: 'ignored' })).toBe('42');
    expect(recordKey('installation', {})).toBe('installation');
  });

  it('a record without a usable identity has none (the reader then does not check it for duplicates)', () => {
    expect(recordKey('customers', {})).toBeNull();
    expect(recordKey('changes', { seq: { nested: 1 } })).toBeNull();
  });
});
