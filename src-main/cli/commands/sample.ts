import type { ArchiveManifestInput } from '../../../src-renderer/core/archive-file';
import { highestClassification } from '../../../src-renderer/core/backup';
import { HybridLogicalClock } from '../../../src-renderer/core/hlc';
import { newId } from '../../../src-renderer/core/ids';
import { generateInstitute, type SyntheticBatch } from '../../../src-renderer/core/synthetic/index';
import packageJson from '../../../package.json' with { type: 'json' };
import { integer, parseArgs, required } from '../args';
import { AtomicFile } from '../files';
import { SCHEMA_VERSION } from '../schema-version';

/** A dataset: the manifest fields a caller supplies (counts are computed by `pack`) and the records. */
export type Dataset = Omit<ArchiveManifestInput, 'counts'> & { records: Array<{ kind: string; record: Record<string, unknown> }> };

/** 2 × the design scale would not fit one JSON text that `pack` can parse (V8 strings stop at 512 MB). */
const MAX_CUSTOMERS = 10_000;
const FLUSH_CHARS = 1 << 20;
const OPERATOR = '样例数据';

/**
 * `sample --customers N --out F [--seed S]`: the bench generator's institute (core/synthetic) at
 * N customers, 5N contacts, 50N interactions, 5N complaints (+ benefits and settlements), each record
 * given an envelope so the dataset packs and verifies like an export of the app.
 *
 * Written as a stream, one record per line, because at full scale the JSON text is ~200 MB.
 */
export async function sample(argv: readonly string[]): Promise<number> {
  const args = parseArgs('sample', argv, { values: ['customers', 'out', 'seed'] });
  const customers = integer(args, 'customers', 1, MAX_CUSTOMERS);
  const seed = integer(args, 'seed', 0, 2 ** 31 - 1, 1);
  const out = await AtomicFile.create(required(args, 'out'), 0o644);
  try {
    const scale = { customers, contacts: 5 * customers, interactions: 50 * customers, complaints: 5 * customers };
    const batches = generateInstitute(scale, seed);
    // Customers come first and are held by the generator anyway: read them to know the header's
    // highest classification before the first record line is written.
    const first: SyntheticBatch[] = [];
    let next = batches.next();
    for (; !next.done && next.value.table === 'customers'; next = batches.next()) first.push(next.value);

    const installationId = newId();
    const header: Omit<Dataset, 'records'> = {
      schemaVersion: SCHEMA_VERSION,
      appVersion: packageJson.version,
      source: { installationId, organisation: '样例研究院', department: '市场部' },
      exporter: OPERATOR,
      createdAt: new Date().toISOString(),
      scope: { type: 'full', description: `样例数据：${customers} 个客户，种子 ${seed}` },
      highestClassification: highestClassification(first.flatMap((b) => b.records.map((r) => (r as { classification?: unknown }).classification))),
    };
    await out.write(`${JSON.stringify(header).slice(0, -1)},"records":[\n`);

    // Revs come from a real HLC, so records read as written now by this (sample) installation.
    const clock = new HybridLogicalClock();
    const counts: Record<string, number> = {};
    let text = '';
    let separator = '';
    const rest = (function* () {
      yield* first;
      for (; !next.done; next = batches.next()) yield next.value;
    })();
    for (const batch of rest) {
      for (const fields of batch.records) {
        const record = { ...fields, rev: clock.now(), origin: installationId, updatedBy: OPERATOR, deletedAt: null };
        text += `${separator}${JSON.stringify({ kind: batch.table, record })}`;
        separator = ',\n';
        counts[batch.table] = (counts[batch.table] ?? 0) + 1;
      }
      if (text.length >= FLUSH_CHARS) {
        await out.write(text);
        text = '';
      }
    }
    await out.write(`${text}\n]}\n`);
    await out.commit();
    const summary = Object.entries(counts)
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ');
    process.stdout.write(`wrote ${out.path}: ${summary}\n`);
    return 0;
  } catch (error) {
    await out.discard();
    throw error;
  }
}
