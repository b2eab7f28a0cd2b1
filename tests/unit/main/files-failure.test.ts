import type * as FsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Failure injection: the rename or the write itself fails half-way; the temp file must go. */
const fail = vi.hoisted(() => ({ rename: false, write: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const errno = (code: string) => Object.assign(new Error(code), { code });
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (fail.rename) throw errno('EXDEV');
      return real.rename(from, to);
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (fail.write && args[1] === 'wx') {
        // Write a little, then run out of space, as a full disk would.
        handle.writeFile = async () => {
          await real.appendFile(args[0] as string, 'partial');
          throw errno('ENOSPC');
        };
      }
      return handle;
    },
  };
});

// Test files share their modules (vitest isolate: false): another file may have loaded files.ts with the real
// fs already, so the registry is reset and the module evaluated again, now over the mock.
vi.resetModules();
const { writeFileAtomic, FileOpError } = await import('../../../src-main/ipc/files');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airgap-files-fail-'));
  fail.rename = false;
  fail.write = false;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic when something fails', () => {
  it.each([
    ['the rename', 'rename', 'EXDEV'],
    ['the write (disk full)', 'write', 'ENOSPC'],
  ] as const)('keeps the old file and removes the temp file when %s fails', async (_what, step, errno) => {
    const target = join(dir, 'customers.xlsx');
    await writeFile(target, 'old');
    fail[step] = true;
    const error = await writeFileAtomic(target, new TextEncoder().encode('new')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileOpError);
    expect(error).toMatchObject({ hostCode: 'io-error', errno });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['customers.xlsx']);
  });
});
