import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileOpError, readFileCapped, writeFileAtomic } from '../../../src-main/ipc/files';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airgap-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileOpError);
  return (error as FileOpError).hostCode;
}

describe('writeFileAtomic', () => {
  it('creates a file with exactly the bytes and leaves no temp file behind', async () => {
    const target = join(dir, '客户.xlsx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['客户.xlsx']);
  });

  it('replaces an existing file completely (shorter content, no leftovers)', async () => {
    const target = join(dir, 'report.pdf');
    await writeFile(target, 'a much longer old content');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('writes an empty file', async () => {
    await writeFileAtomic(join(dir, 'empty.txt'), new Uint8Array());
    expect((await readFile(join(dir, 'empty.txt'))).byteLength).toBe(0);
  });

  it.each([
    ['a relative path', 'relative/file.txt'],
    ['an empty path', ''],
    ['a NUL byte', '/tmp/a\0b'],
  ])('refuses %s', async (_what, path) => {
    expect(await codeOf(writeFileAtomic(path, new Uint8Array([1])))).toBe('bad-path');
  });

  it('refuses a directory as target, a trailing separator and a missing parent folder', async () => {
    await mkdir(join(dir, 'sub'));
    expect(await codeOf(writeFileAtomic(join(dir, 'sub'), new Uint8Array([1])))).toBe('bad-path');
    expect(await codeOf(writeFileAtomic(`${join(dir, 'x')}/`, new Uint8Array([1])))).toBe('bad-path');
    expect(await codeOf(writeFileAtomic(join(dir, 'missing', 'x.txt'), new Uint8Array([1])))).toBe('bad-path');
    expect(await readdir(dir)).toEqual(['sub']);
  });

  // root ignores folder permissions, so there is nothing to observe when the tests run as root.
  it.skipIf(process.getuid?.() === 0)('reports io-error for a folder it may not write to', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      expect(await codeOf(writeFileAtomic(join(locked, 'x.txt'), new Uint8Array([1])))).toBe('io-error');
      expect(await readdir(locked)).toEqual([]);
    } finally {
      await chmod(locked, 0o700);
    }
  });
});

describe('readFileCapped', () => {
  it('reads a file into an exactly sized, unshared buffer', async () => {
    await writeFile(join(dir, 'a.csv'), 'name,phone\n');
    const bytes = await readFileCapped(join(dir, 'a.csv'), 1024);
    expect(new TextDecoder().decode(bytes)).toBe('name,phone\n');
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it('accepts a file exactly at the cap and refuses one byte more', async () => {
    await writeFile(join(dir, 'ten'), '0123456789');
    expect((await readFileCapped(join(dir, 'ten'), 10)).byteLength).toBe(10);
    expect(await codeOf(readFileCapped(join(dir, 'ten'), 9))).toBe('file-too-large');
  });

  it('refuses directories, missing files, relative paths and NUL', async () => {
    expect(await codeOf(readFileCapped(dir, 1024))).toBe('bad-path');
    expect(await codeOf(readFileCapped(join(dir, 'nope'), 1024))).toBe('bad-path');
    expect(await codeOf(readFileCapped('a.csv', 1024))).toBe('bad-path');
    expect(await codeOf(readFileCapped(`${dir}/a\0.csv`, 1024))).toBe('bad-path');
  });

  it('follows a symlink to a regular file but refuses one to a directory', async () => {
    await writeFile(join(dir, 'real.txt'), 'x');
    await symlink(join(dir, 'real.txt'), join(dir, 'link.txt'));
    await symlink(dir, join(dir, 'dirlink'));
    expect((await readFileCapped(join(dir, 'link.txt'), 10)).byteLength).toBe(1);
    expect(await codeOf(readFileCapped(join(dir, 'dirlink'), 10))).toBe('bad-path');
  });
});
