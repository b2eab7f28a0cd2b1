import Dexie from 'dexie';
import type { ScaleName } from '../../src-renderer/core/synthetic/index';
import { addAttachments, type NewAttachment } from '../../src-renderer/data/attachments';
import { getProfile } from '../../src-renderer/data/profile-repo';
import { prepareExport } from '../../src-renderer/data/exchange/index';
import { saveStream, type HostBridge } from '../../src-renderer/host';
import { createBrowserStreams } from '../../src-renderer/host/browser-streams';
import { testActor } from '../shared/actors';
import { PASSPHRASE, putInstitute, setUp } from './page-exchange';

/**
 * exchange.export-attachments (issue 18.5): the whole institute plus 2 GiB of attachments (full scale;
 * 256 MiB at small) exported through the same path as 导出 — `prepareExport`, then `saveStream` into the
 * browser host's piece-by-piece save, whose Blob is dropped instead of downloaded. The peak JS heap is
 * read from outside the page (context.mjs `benchWithHeap`); the file must hold at least the attachments.
 */
const SOURCE = 'airgap-bench-export-attachments';
const MiB = 1024 * 1024;
const FILE_BYTES = 16 * MiB;
/** Files attached per add: 64 MiB at a time (the store reads each file once to hash it). */
const PER_ADD = 4;

type Log = (line: string) => void;

/** File `n` of the run: a PDF header, then bytes that differ per file and do not compress (as scans and photos). */
function attachmentFile(n: number, seed: number): NewAttachment {
  const bytes = new Uint8Array(FILE_BYTES);
  crypto.getRandomValues(bytes.subarray(0, 65_536));
  // getRandomValues gives at most 64 KiB per call: the rest is filled from it, shifted per file and block.
  for (let offset = 65_536; offset < FILE_BYTES; offset += 65_536) {
    const block = bytes.subarray(offset, offset + 65_536);
    block.set(bytes.subarray(0, 65_536));
    block[0] = (n + seed) & 0xff;
    block[1] = (offset / 65_536) & 0xff;
    block[2] = (offset / 65_536) >> 8;
  }
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return {
    file: new Blob([bytes], { type: 'application/pdf' }),
    fileName: `扫描件${n + 1}.pdf`,
    entry: { title: `归零证据扫描件 ${n + 1}`, kind: 'report', classification: 'internal', notes: '' },
  };
}

export async function measureExportAttachments(scale: ScaleName, seed: number, log: Log) {
  const total = scale === 'full' ? 2048 * MiB : 256 * MiB;
  const source = await setUp(SOURCE);
  try {
    await putInstitute(source, scale, seed);
    const owner = (await source.db.customers.limit(1).first())!;
    const files = total / FILE_BYTES;
    for (let n = 0; n < files; n += PER_ADD) {
      const items = Array.from({ length: Math.min(PER_ADD, files - n) }, (_, i) => attachmentFile(n + i, seed));
      await addAttachments(source.db, { kind: 'customers', id: owner.id }, items, source.ctx, FILE_BYTES);
      if ((n / PER_ADD) % 8 === 0) log(`export-attachments: attached ${n + items.length} of ${files} files`);
    }
    let saved = 0;
    const host = createBrowserStreams(
      async () => null,
      (_name, blob) => (saved = blob.size),
    ) as unknown as HostBridge;
    const started = performance.now();
    const prepared = await prepareExport(source.db, {
      scope: { type: 'full' },
      lock: { passphrase: PASSPHRASE },
      installation: source.installation,
      profile: (await getProfile(source.db))!,
      appVersion: 'bench',
      actor: testActor('张伟'),
      purpose: '性能测试',
      onProgress: ({ done, total: all }) => {
        if (done % 100_000 === 0) log(`export-attachments: ${done} / ${all} records`);
      },
    });
    const result = await saveStream(host, { target: 'dialog', suggestedName: '交换文件.age' }, prepared.write);
    const seconds = (performance.now() - started) / 1000;
    if (!result || result.bytes !== saved) throw new Error(`saved ${saved} bytes, the host counted ${result?.bytes}`);
    if (saved < total) throw new Error(`the file (${saved} bytes) is smaller than its attachments (${total} bytes)`);
    log(`export-attachments: ${(saved / 1e6).toFixed(0)} MB written in ${seconds.toFixed(1)} s`);
    return { seconds, fileBytes: saved, attachmentBytes: total, files, records: prepared.records };
  } finally {
    source.db.close();
    await Dexie.delete(SOURCE);
  }
}
