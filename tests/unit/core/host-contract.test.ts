import { describe, expect, it } from 'vitest';
import {
  MAX_OPEN_FILE_BYTES,
  MAX_SAVE_FILE_BYTES,
  openFileRequestSchema,
  safeFileNameSchema,
  saveFileRequestSchema,
} from '../../../src-renderer/core/host-contract';

describe('host contract', () => {
  it('accepts plain file names, Chinese included', () => {
    for (const name of ['客户名册.xlsx', 'archive 2026.age', 'a.b.c']) expect(safeFileNameSchema.safeParse(name).success).toBe(true);
  });

  it('refuses names that could escape the chosen folder or trip Windows', () => {
    for (const name of ['../x', 'a/b', 'a\\b', 'C:x', '', '.', '..', 'con', 'NUL.txt', 'x\u0000y', ' lead', 'trail.', 'a'.repeat(201)]) {
      expect(safeFileNameSchema.safeParse(name).success, name).toBe(false);
    }
  });

  it('refuses unknown request fields and non-byte payloads', () => {
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.txt', bytes: 'text' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.txt', bytes: new Uint8Array(1), path: '/etc/passwd' }).success).toBe(false);
  });

  it('saves no file larger than the host reads back (a backup it could not restore)', () => {
    expect(MAX_SAVE_FILE_BYTES).toBe(MAX_OPEN_FILE_BYTES);
    const tooLarge = saveFileRequestSchema.safeParse({ suggestedName: 'a.age', bytes: new Uint8Array(MAX_OPEN_FILE_BYTES + 1) });
    expect(tooLarge.success).toBe(false);
    expect(tooLarge.error?.issues[0]?.message).toBe('host.fileTooLarge');
    expect(saveFileRequestSchema.safeParse({ suggestedName: 'a.age', bytes: new Uint8Array(MAX_OPEN_FILE_BYTES) }).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ maxBytes: -1 }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ maxBytes: 10, filters: [{ name: 'x', extensions: ['age'] }] }).success).toBe(true);
  });
});
