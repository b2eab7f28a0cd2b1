import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../../../../src-renderer/core/archive-file';
import { AUDIT_ARCHIVE_KINDS, AuditFileCheck } from '../../../../src-renderer/core/audit/archive';
import { verifyAuditEntries } from '../../../../src-renderer/core/audit/verify';
import type { AuditCheckpoint, AuditEntry } from '../../../../src-renderer/core/audit/types';
import { recordToStore } from '../../../../src-renderer/core/backup';
import { appendAuditAlone } from '../../../../src-renderer/data/audit/append';
import { writeCheckpointIfDue } from '../../../../src-renderer/data/audit/checkpoint';
import { exportAuditLog } from '../../../../src-renderer/data/audit/export';
import type { AirgapDb } from '../../../../src-renderer/data/db';
import type { Installation } from '../../../../src-renderer/data/installation';
import { settleOutput } from '../../../../src-renderer/data/output';
import { newId } from '../../../../src-renderer/core/ids';
import { testActor } from '../../../shared/actors';
import { saveProfile } from '../../../../src-renderer/data/profile-repo';
import type { Profile } from '../../../../src-renderer/core/profile';
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/data/schema';
import { loadOrCreateInstallation } from '../../../shared/clear-installation';
import { freshDb, testContext } from '../helpers';
import { auditEvent } from './seed';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const run = promisify(execFile);
const PROFILE = {
  organisation: '航天材料及工艺研究所',
  department: '质量部',
  operatorName: '赵工',
  defaultMark: { level: 'internal', periodYears: null },
} as const;
const NOW = new Date(Date.UTC(2026, 10, 28, 9, 0, 0));

let db: AirgapDb;
let installation: Installation;
let profile: Profile;
let dir: string;

beforeAll(async () => {
  db = await freshDb();
  installation = await loadOrCreateInstallation(db, () => NOW);
  profile = await saveProfile(db, PROFILE, testContext('赵工'));
  const keys = { secretKey: installation.keys.signingSecretKey, publicKey: installation.keys.signingPublicKey };
  for (let n = 0; n < 25; n++) await appendAuditAlone(db, auditEvent(n));
  await writeCheckpointIfDue(db, keys, NOW, { minEntries: 10 });
  for (let n = 25; n < 30; n++) await appendAuditAlone(db, auditEvent(n));
  // A print-log line written before the output register (no 份号): exported as it is.
  await db.printLog.add({
    id: newId(),
    at: NOW.toISOString(),
    by: '赵工',
    report: 'roster',
    title: '客户名册',
    params: { year: 2026 },
    mark: { level: 'secret', periodYears: 10 },
    action: 'print',
    shell: 'browser',
    pages: 3,
    origin: installation.installationId,
  });
  dir = mkdtempSync(join(tmpdir(), 'airgap-audit-export-'));
  writeFileSync(join(dir, 'identity.txt'), `${installation.keys.ageIdentity}\n`);
  writeFileSync(join(dir, 'signer.txt'), `${installation.keys.signingPublicKey}\n`);
  // The bundled CLI, rebuilt when its sources changed (as `npm run archive` does).
  await run(process.execPath, ['scripts/archive.mjs', 'help'], { cwd: ROOT });
}, 90_000);
afterAll(() => db.close());

async function cliVerify(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['out/cli/archive.mjs', 'verify', file, '--identity', join(dir, 'identity.txt'), '--signer', join(dir, 'signer.txt')];
  try {
    return { code: 0, ...(await run(process.execPath, args, { cwd: ROOT })) };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function exported() {
  return exportAuditLog(db, {
    profile,
    installation,
    appVersion: '0.1.0',
    lock: { recipients: [installation.keys.ageRecipient] },
    actor: AUDITOR,
    purpose: '年度审计',
    now: NOW,
  });
}

const AUDITOR = testActor('审计员', ['audit-admin'], null);

describe('exportAuditLog', () => {
  it('writes the checkpoints, the log and the output register as a signed audit archive under a 份号, then logs the export once saved', async () => {
    const before = await db.audit.count();
    const result = await exported();
    // The register: the older print line, and the file's own line (reserved before the snapshot).
    expect(result.counts).toEqual({ auditCheckpoints: 1, audit: before, printLog: 2 });
    expect(result.line).toMatchObject({ kind: 'audit-export', status: 'reserved', purpose: '年度审计', by: '审计员', mark: { level: 'secret' } });
    const kinds: string[] = [];
    const entries: AuditEntry[] = [];
    const checkpoints: AuditCheckpoint[] = [];
    for await (const event of readArchive(
      result.bytes,
      { identities: [installation.keys.ageIdentity] },
      { knownKinds: AUDIT_ARCHIVE_KINDS, supportedSchemaVersion: CURRENT_SCHEMA_VERSION, validate: recordToStore },
    )) {
      if (event.type === 'manifest') {
        expect(event.manifest.scope.type).toBe('audit');
        expect(event.manifest.highestClassification).toBe('secret');
        expect(event.manifest.signerPublicKey).toBe(installation.keys.signingPublicKey);
        expect(event.manifest).toMatchObject({ formatVersion: 3, copyNumber: result.line.number });
      } else if (event.type === 'record') {
        kinds.push(event.kind);
        if (event.kind === 'audit') entries.push(event.record as unknown as AuditEntry);
        if (event.kind === 'auditCheckpoints') checkpoints.push(event.record as unknown as AuditCheckpoint);
      } else expect(event.sha256).toBe(result.sha256);
    }
    expect([...new Set(kinds)]).toEqual(['auditCheckpoints', 'audit', 'printLog']);
    expect(entries).toEqual(await db.audit.where('seq').belowOrEqual(before).toArray());
    expect(verifyAuditEntries(entries, checkpoints, [installation.keys.signingPublicKey]).ok).toBe(true);
    expect(await db.audit.count()).toBe(before);
    await settleOutput(db, { actor: AUDITOR, now: NOW }, result.line.id, true, { details: result.details });
    expect(await db.audit.orderBy('seq').last()).toMatchObject({
      seq: before + 1,
      action: 'audit.export',
      userName: '审计员',
      details: { sha256: result.sha256, throughSeq: before, number: result.line.number, purpose: '年度审计' },
    });
  });

  it('is verified by the CLI, chain included', async () => {
    const file = join(dir, 'audit.age');
    writeFileSync(file, (await exported()).bytes);
    const verified = await cliVerify(file);
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/^verified: \d+ records/);
  }, 60_000);

  it('a signed file whose chain was altered before signing is refused by the CLI, naming the entry', async () => {
    const entries = await db.audit.toArray();
    const altered = entries.map((e) => (e.seq === 7 ? { ...e, userName: '冒名' } : e));
    const checkpoints = await db.auditCheckpoints.toArray();
    const stream = await writeArchive({
      manifest: {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        appVersion: '0.1.0',
        source: { installationId: installation.installationId, organisation: PROFILE.organisation, department: PROFILE.department },
        exporter: '审计员',
        createdAt: NOW.toISOString(),
        scope: { type: 'audit' },
        counts: { auditCheckpoints: checkpoints.length, audit: altered.length },
        highestClassification: null,
      },
      records: [...checkpoints.map((record) => ({ kind: 'auditCheckpoints', record })), ...altered.map((record) => ({ kind: 'audit', record }))],
      signingSecretKey: installation.keys.signingSecretKey,
      lock: { recipients: [installation.keys.ageRecipient] },
    });
    const file = join(dir, 'altered.age');
    writeFileSync(file, new Uint8Array(await new Response(stream).arrayBuffer()));
    const refused = await cliVerify(file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('error: audit entry 7 was altered (第 7 条审计记录被改动)\n');
  }, 60_000);
});

describe('AuditFileCheck', () => {
  it('refuses checkpoints that come after the entries', async () => {
    const check = new AuditFileCheck(installation.keys.signingPublicKey);
    const [entry] = await db.audit.limit(1).toArray();
    check.add('audit', entry as never);
    check.add('auditCheckpoints', (await db.auditCheckpoints.toArray())[0] as never);
    expect(check.problem()).toMatch(/^audit checkpoints after the entries/);
  });
});
