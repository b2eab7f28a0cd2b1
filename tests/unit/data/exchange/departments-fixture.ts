import { createContact, createCustomer, createInteraction, createManager } from '../../../../src-renderer/data/customers';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import { applyCard, exportMyCard, previewCard } from '../../../../src-renderer/data/exchange';
import { applyImport, previewImport } from '../../../../src-renderer/data/exchange';
import { exportArchive, recordExportMark, type ExportScope } from '../../../../src-renderer/data/exchange';
import { type Installation } from '../../../../src-renderer/data/installation';
import { loadOrCreateInstallation } from '../../../shared/clear-installation';
import { getProfile, saveProfile } from '../../../../src-renderer/data/profile-repo';
import { EXCHANGE_KINDS } from '../../../../src-renderer/core/exchange/kinds';
import { freshDb, testContext } from '../helpers';
import { unitInput } from '../customers/fixtures';
import { testActor } from '../../../shared/actors';

/** One department: its own database, installation, profile and clock (shared wall time `clock`). */
export interface Dept {
  name: string;
  db: AirgapDb;
  installation: Installation;
  ctx: ReturnType<typeof testContext>;
}

const opened: AirgapDb[] = [];
export function closeAll() {
  opened.splice(0).forEach((db) => db.close());
}

export async function department(name: string, startMs = Date.UTC(2026, 10, 26, 8, 0, 0)): Promise<Dept> {
  const db = await freshDb();
  opened.push(db);
  const installation = await loadOrCreateInstallation(db);
  const ctx = { ...testContext('张伟', startMs), origin: installation.installationId };
  await saveProfile(
    db,
    { organisation: '航天材料及工艺研究所', department: name, operatorName: `${name}操作员`, defaultMark: { level: 'internal', periodYears: null } },
    ctx,
  );
  return { name, db, installation, ctx };
}

/** Each department adds the other's card to its directory. Returns the directory ids: ids[a][b]. */
export async function introduce(...depts: Dept[]): Promise<Map<Dept, Map<Dept, string>>> {
  const ids = new Map<Dept, Map<Dept, string>>();
  for (const a of depts) {
    const row = new Map<Dept, string>();
    for (const b of depts) {
      if (a === b) continue;
      const { text } = exportMyCard(b.installation, (await getProfile(b.db))!);
      const added = await applyCard(a.db, await previewCard(a.db, text, a.installation), a.ctx);
      row.set(b, added.id);
    }
    ids.set(a, row);
  }
  return ids;
}

/** 市场部 and 科研处, each with the other's key card in its directory. */
export async function pairOfDepartments() {
  const a = await department('市场部');
  const b = await department('科研处');
  const dir = await introduce(a, b);
  return { a, b, dir };
}

/** A customer with a contact and an interaction, under a manager. */
export async function customerTree(d: Dept, name: string) {
  const manager = await createManager(d.db, { name: `${name}经理`, phone: '' }, d.ctx);
  const customer = await createCustomer(d.db, unitInput({ name, shortName: name.slice(0, 4), managerId: manager.id, managerName: manager.name }), d.ctx);
  const contact = await createContact(d.db, customer.id, { name: '张伟', phones: ['010-88886666转12'] }, d.ctx);
  const interaction = await createInteraction(d.db, customer.id, { date: '2026-11-01', kind: 'visit', departments: ['design'], summary: '走访' }, d.ctx);
  return { manager, customer, contact, interaction };
}

/** Export from `from` for `to` (age recipient from the directory) and import into `to`. */
export async function send(from: Dept, to: Dept, directory: Map<Dept, Map<Dept, string>>, scope: ExportScope = { type: 'full' }) {
  const file = await exportFor(from, to, directory, scope);
  return receive(to, file.bytes);
}

export async function exportFor(from: Dept, to: Dept, directory: Map<Dept, Map<Dept, string>>, scope: ExportScope = { type: 'full' }) {
  const profile = (await getProfile(from.db))!;
  const file = await exportArchive(from.db, {
    scope,
    lock: { departmentIds: [directory.get(from)!.get(to)!] },
    installation: from.installation,
    profile,
    appVersion: '0.1.0',
    actor: testActor('张伟'),
    purpose: '测试交换',
    now: from.ctx.now(),
  });
  // As the screen will: the mark moves once the file is saved (here: always).
  if (file.mark) await recordExportMark(from.db, file.mark);
  return file;
}

export async function receive(to: Dept, bytes: Uint8Array) {
  const preview = await previewImport(
    to.db,
    bytes,
    { identities: [to.installation.keys.ageIdentity] },
    { installation: to.installation, now: () => to.ctx.now().getTime() },
  );
  if (preview.status !== 'ready') throw new Error(`preview: ${preview.status}`);
  const report = await applyImport(to.db, preview.file, to.ctx);
  return { preview, report };
}

/** Every exchanged record, per kind, sorted by id: to compare two departments. */
export async function exchangedRecords(db: AirgapDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const kind of EXCHANGE_KINDS) out[kind] = (await db.table(kind).toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  return out;
}

/** Row counts of every table, to prove a refused import wrote nothing. */
export async function tableCounts(db: AirgapDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}
