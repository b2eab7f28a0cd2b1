import { HybridLogicalClock } from '../../../../src-renderer/core/hlc';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import {
  applyCard,
  applyImport,
  exportArchive,
  exportMyCard,
  previewCard,
  previewImport,
  previewSignerCard,
  recordExportMark,
  type ExportScope,
} from '../../../../src-renderer/data/exchange';
import { type Installation } from '../../../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../../../shared/clear-installation';
import { getProfile, saveProfile } from '../../../../src-renderer/data/profile-repo';
import type { WriteContext } from '../../../../src-renderer/data/write-context';
import { freshDb } from '../helpers';
import { testActor } from '../../../shared/actors';

/**
 * The world of the round-trip property test: departments (each its own database, installation,
 * profile and write context) on ONE wall clock, so that files between them never meet the
 * import's clock-drift refusal; each knows the others' key cards (部门通讯录).
 */
export interface Dept {
  name: string;
  db: AirgapDb;
  installation: Installation;
  ctx: WriteContext;
  /** This department's directory entry id of each other department, by name. */
  directory: Map<string, string>;
}

export interface World {
  /** Wall time of every department, ms; actions move it forward. */
  now: number;
  depts: Dept[];
  close(): void;
}

export const START_MS = Date.UTC(2026, 10, 26, 1, 0, 0);
const OPERATORS: Record<string, string> = { 市场部: '张伟', 科研处: '李娜', 质量部: '赵工' };

export function newWorld(): World {
  const world: World = {
    now: START_MS,
    depts: [],
    close: () => world.depts.splice(0).forEach((d) => d.db.close()),
  };
  return world;
}

/** A department as first-run setup leaves it: installation keys, profile, nothing else. */
export async function addDepartment(world: World, name: string): Promise<Dept> {
  const db = await freshDb();
  const installation = await loadOrCreateInstallation(db, () => new Date(world.now));
  const ctx: WriteContext = {
    clock: new HybridLogicalClock(() => world.now),
    origin: installation.installationId,
    actor: testActor(OPERATORS[name] ?? '操作员'),
    now: () => new Date(world.now),
  };
  await saveProfile(
    db,
    { organisation: '航天材料及工艺研究所', department: name, operatorName: ctx.actor.name, defaultMark: { level: 'internal', periodYears: null } },
    ctx,
  );
  const dept: Dept = { name, db, installation, ctx, directory: new Map() };
  world.depts.push(dept);
  return dept;
}

/** Each of `depts` adds the others' key cards to its directory, the way 部门通讯录 imports a card. */
export async function introduce(...depts: Dept[]): Promise<void> {
  for (const a of depts) {
    for (const b of depts) {
      if (a === b || a.directory.has(b.name)) continue;
      const { text } = exportMyCard(b.installation, (await getProfile(b.db))!, b.ctx.now());
      const entry = await applyCard(a.db, await previewCard(a.db, text, a.installation), a.ctx);
      a.directory.set(b.name, entry.id);
    }
  }
}

/** An exchange file from `from` to `to`, locked for `to`'s key (the export screen with 部门 chosen). */
export async function exportTo(from: Dept, to: Dept, scope: ExportScope = { type: 'full' }) {
  const profile = (await getProfile(from.db))!;
  const file = await exportArchive(from.db, {
    scope,
    lock: { departmentIds: [from.directory.get(to.name)!] },
    installation: from.installation,
    profile,
    appVersion: '0.1.0',
    actor: testActor('张伟'),
    purpose: '测试交换',
    now: from.ctx.now(),
  });
  // As the screen does once the file is saved.
  if (file.mark) await recordExportMark(from.db, file.mark, from.ctx.now());
  return file;
}

/**
 * Preview + apply, as the import screen does; `null` when the preview stops at an unknown signer.
 * With `sender`, an unknown signer is met as the screen's only way on: the sender's key card is
 * added (or its removed entry restored) and the file read again.
 */
export async function importInto(to: Dept, bytes: Uint8Array, sender?: Dept) {
  const read = () =>
    previewImport(to.db, bytes, { identities: [to.installation.keys.ageIdentity] }, { installation: to.installation, now: () => to.ctx.now().getTime() });
  let preview = await read();
  if (preview.status === 'unknown-signer' && sender) {
    const { text } = exportMyCard(sender.installation, (await getProfile(sender.db))!, sender.ctx.now());
    await applyCard(to.db, await previewSignerCard(to.db, text, to.installation, preview.signerPublicKey), to.ctx);
    preview = await read();
  }
  if (preview.status !== 'ready') return null;
  return applyImport(to.db, preview.file, to.ctx);
}
