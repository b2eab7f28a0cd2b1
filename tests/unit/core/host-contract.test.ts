import { describe, expect, it } from 'vitest';
import { openFileRequestSchema, safeFileNameSchema, saveFileRequestSchema } from '../../../src-renderer/core/host-contract';

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
    expect(openFileRequestSchema.safeParse({ maxBytes: -1 }).success).toBe(false);
    expect(openFileRequestSchema.safeParse({ maxBytes: 10, filters: [{ name: 'x', extensions: ['age'] }] }).success).toBe(true);
  });
});
