import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStreams, MAX_OPEN_READS, MAX_OPEN_WRITES } from '../../../src-main/ipc/file-streams';

/** Files written and read by pieces (issue 18.5), on a real folder: what main does for a big export, backup or import. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'airgap-streams-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PAGE = 'page';
const OTHER = 'other page';

describe('writing by pieces', () => {
  it('appends the pieces into a temporary file and puts the whole file in place only when finished', async () => {
    const streams = new FileStreams<string>();
    const target = join(dir, '交换文件.age');
    await writeFile(target, 'the old file');
    const handle = await streams.beginWrite(PAGE, target);
    expect(await streams.write(PAGE, handle, new Uint8Array([1, 2, 3]))).toBe(3);
    expect(await streams.write(PAGE, handle, new Uint8Array([4]))).toBe(4);
    // Until finished the target is the old file, and the new one waits beside it under a hidden name.
    expect(await readFile(target, 'utf8')).toBe('the old file');
    expect((await readdir(dir)).filter((n) => n.startsWith('.交换文件.age.'))).toHaveLength(1);
    expect(await streams.finish(PAGE, handle)).toMatchObject({ name: '交换文件.age', bytes: 4 });
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4]);
    expect(await readdir(dir)).toEqual(['交换文件.age']);
  });

  it('an abort (or the page going away) removes the temporary file and leaves the target as it was', async () => {
    const streams = new FileStreams<string>();
    const target = join(dir, 'b.age');
    await writeFile(target, 'kept');
    const aborted = await streams.beginWrite(PAGE, target);
    await streams.write(PAGE, aborted, new Uint8Array(10));
    expect(await streams.abort(PAGE, aborted)).toBe(true);
    expect(await streams.abort(PAGE, aborted)).toBe(false);
    const dropped = await streams.beginWrite(PAGE, join(dir, 'c.age'));
    await streams.write(PAGE, dropped, new Uint8Array(10));
    await streams.dropSender(PAGE);
    expect(await readdir(dir)).toEqual(['b.age']);
    expect(await readFile(target, 'utf8')).toBe('kept');
    await expect(streams.write(PAGE, dropped, new Uint8Array(1))).rejects.toMatchObject({ hostCode: 'bad-request' });
  });

  it("refuses another page's handle, an unknown one, and more open files than a page may have", async () => {
    const streams = new FileStreams<string>();
    const handle = await streams.beginWrite(PAGE, join(dir, 'a.age'));
    await expect(streams.write(OTHER, handle, new Uint8Array(1))).rejects.toMatchObject({ hostCode: 'bad-request' });
    await expect(streams.finish(OTHER, handle)).rejects.toMatchObject({ hostCode: 'bad-request' });
    expect(await streams.abort(OTHER, handle)).toBe(false);
    await expect(streams.write(PAGE, 'f'.repeat(32), new Uint8Array(1))).rejects.toMatchObject({ hostCode: 'bad-request' });
    for (let n = 1; n < MAX_OPEN_WRITES; n++) await streams.beginWrite(PAGE, join(dir, `${n}.age`));
    await expect(streams.beginWrite(PAGE, join(dir, 'one-too-many.age'))).rejects.toMatchObject({ hostCode: 'bad-request' });
    streams.dropAllNow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a target that is a folder, in a missing folder, or relative', async () => {
    const streams = new FileStreams<string>();
    await expect(streams.beginWrite(PAGE, dir)).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(streams.beginWrite(PAGE, join(dir, 'missing', 'a.age'))).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(streams.beginWrite(PAGE, 'a.age')).rejects.toMatchObject({ hostCode: 'bad-path' });
  });
});

describe('reading by pieces', () => {
  it('reads any piece at its offset, short only at the end, without holding the file open', async () => {
    const streams = new FileStreams<string>();
    const path = join(dir, 'in.age');
    await writeFile(path, new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const { handle, size } = await streams.openRead(PAGE, path);
    expect(size).toBe(10);
    expect([...(await streams.read(PAGE, handle, 0, 4))]).toEqual([0, 1, 2, 3]);
    expect([...(await streams.read(PAGE, handle, 8, 4))]).toEqual([8, 9]);
    expect((await streams.read(PAGE, handle, 10, 4)).byteLength).toBe(0);
    // Read again from the start (a second try with another passphrase).
    expect([...(await streams.read(PAGE, handle, 2, 2))]).toEqual([2, 3]);
    await expect(streams.read(OTHER, handle, 0, 1)).rejects.toMatchObject({ hostCode: 'bad-request' });
    expect(streams.closeRead(PAGE, handle)).toBe(true);
    await expect(streams.read(PAGE, handle, 0, 1)).rejects.toMatchObject({ hostCode: 'bad-request' });
  });

  it('refuses a file that changed since it was picked, and anything but a regular file', async () => {
    const streams = new FileStreams<string>();
    const path = join(dir, 'in.age');
    await writeFile(path, new Uint8Array(8));
    const { handle } = await streams.openRead(PAGE, path);
    await writeFile(path, new Uint8Array(4));
    await expect(streams.read(PAGE, handle, 0, 8)).rejects.toMatchObject({ hostCode: 'io-error' });
    await expect(streams.openRead(PAGE, dir)).rejects.toMatchObject({ hostCode: 'bad-path' });
    await expect(streams.openRead(PAGE, join(dir, 'missing.age'))).rejects.toMatchObject({ hostCode: 'bad-path' });
  });

  it('forgets the oldest pick beyond the limit of one page', async () => {
    const streams = new FileStreams<string>();
    const path = join(dir, 'in.age');
    await writeFile(path, new Uint8Array(1));
    const first = (await streams.openRead(PAGE, path)).handle;
    for (let n = 0; n < MAX_OPEN_READS; n++) await streams.openRead(PAGE, path);
    await expect(streams.read(PAGE, first, 0, 1)).rejects.toMatchObject({ hostCode: 'bad-request' });
  });
});
