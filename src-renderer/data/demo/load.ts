import Dexie from 'dexie';
import { DEFAULT_PASSWORD_HASHER, SETUP_ACTOR_NAME, type PasswordHasher } from '../../core/accounts';
import { actorOf } from '../../core/accounts/actor';
import type { Actor, PasswordHash, Role } from '../../core/accounts/types';
import { managerFieldsSchema } from '../../core/customers/people';
import { countsOf, generateInstitute, type InstituteCounts, type ScaleName } from '../../core/synthetic';
import { localDateOf } from '../../core/timeline';
import { setUpFirstRun, type SetUpAccountsInput } from '../accounts';
import { DEMO_DATABASE_NAME, enterDemo, isDemoActive } from '../active-database';
import { withManagerKey } from '../customers/managers';
import { openDatabase, type AirgapDb } from '../db';
import { approveRun, draftGrading } from '../grading';
import { restoreClock } from '../installation';
import { KeyRing, type OsSecretStore } from '../key-store';
import type { WriteContext } from '../write-context';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/**
 * The built-in demo institute (issue 17.2): the synthetic generator's small institute (200 customers,
 * 1,000 contacts, 10,000 interactions, 1,000 complaints and their contracts) in a database of its own,
 * DEMO_DATABASE_NAME; the real archive is never opened here. Set up the app's way: the installation's
 * keys, a profile that says it is a demo, the 三员 and a business user (one of the institute's account
 * managers, and its department head), then the records bulk-loaded as data already there (no change-log
 * entries, as the bench does), then graded once through the app's approval. A marker is written last; only then
 * does the pointer move (data/active-database.ts), so a load that dies half-way is never used.
 *
 * The data is fictional, so every demo account has the same published password (DEMO_PASSWORD,
 * shown on the sign-in screen while the demo is in use): the demo signs in through the real sign-in,
 * and each role's screens can be tried. Where the host has no OS key store the keys are sealed with
 * the same words as key passphrase.
 */
export const DEMO_SCALE: ScaleName = 'small';
export const DEMO_SEED = 17;

/** The organisation's name says 演示数据: every printed report, export and backup that names it says so too. */
export const DEMO_PROFILE = {
  organisation: '演示研究所（演示数据）',
  department: '市场部',
  operatorName: '张伟',
  defaultMark: { level: 'internal', periodYears: null },
};

const DEMO_LOADED_KEY = 'demo:loaded';
const BUSINESS_ROLES: Role[] = ['account-manager', 'department-head', 'complaint-handler'];

export interface DemoProgress {
  /** Records written so far, and of about how many. */
  done: number;
  total: number;
}

/** Fills the demo database and makes it the archive. The caller reloads the app, which then opens it. */
export async function loadDemo(host: OsSecretStore, onProgress: (progress: DemoProgress) => void = () => undefined, today: Date = new Date()): Promise<void> {
  if (isDemoActive()) throw new Error('demo already in use');
  // What an interrupted load left behind: never used (no marker, the pointer never moved), so started over.
  await Dexie.delete(DEMO_DATABASE_NAME);
  const db = await openDatabase(DEMO_DATABASE_NAME);
  try {
    await fillDemo(db, host, onProgress, today);
  } catch (error) {
    db.close();
    await Dexie.delete(DEMO_DATABASE_NAME).catch(() => undefined);
    throw error;
  }
  db.close();
  enterDemo();
}

async function fillDemo(db: AirgapDb, host: OsSecretStore, onProgress: (progress: DemoProgress) => void, today: Date): Promise<void> {
  const counts = countsOf(DEMO_SCALE);
  const total = approximateTotal(counts);
  onProgress({ done: 0, total });
  const ring = await KeyRing.open(db, host);
  // Sealing with the key passphrase (scrypt at age's work factor, seconds) runs in its worker while the rest loads.
  const sealing = ring.status === 'needs-passphrase' ? ring.setPassphrase(DEMO_PASSWORD) : Promise.resolve();
  const setupActor: Actor = { userId: ring.info.installationId, name: SETUP_ACTOR_NAME, roles: [], scope: null, managerId: null };
  const ctx: WriteContext = { clock: await restoreClock(db), origin: ring.info.installationId, actor: setupActor, now: () => new Date() };
  await setUpFirstRun(db, DEMO_PROFILE, demoAccounts(), ctx, hashedOnce());
  // The setup asks each account to choose its own password at its first sign-in: the demo's is published instead.
  await db.users.toCollection().modify({ mustChangePassword: false });
  const stamp = (record: object) => ({ ...record, rev: ctx.clock.now(), origin: ctx.origin, updatedBy: DEMO_PROFILE.operatorName, deletedAt: null });
  let done = 0;
  // The business user is one of the generated managers (the first one the data names), renamed to the
  // user's name: 我的待办 then lists that manager's receivables, handovers and follow-up dates.
  let ownManagerId: string | null = null;
  const day = localDateOf(today.toISOString());
  for (const batch of generateInstitute(DEMO_SCALE, DEMO_SEED, { today: day, batchSize: 2_000 })) {
    if (batch.table === 'customers') {
      ownManagerId ??= batch.records.find((c) => c.managerId)?.managerId ?? null;
      for (const c of batch.records) if (c.managerId !== null && c.managerId === ownManagerId) c.managerName = DEMO_PROFILE.operatorName;
      await db.customers.bulkPut(batch.records.map((c) => ({ ...stamp(c), mergedInto: null }) as never));
      // The customers' managers, so the 客户经理 list and filters have them.
      const managers = new Map(batch.records.filter((c) => c.managerId).map((c) => [c.managerId!, c.managerName]));
      await db.managers.bulkPut([...managers].map(([id, name]) => ({ ...stamp(withManagerKey(managerFieldsSchema.parse({ name }))), id }) as never));
    } else {
      await db.table(batch.table).bulkPut(batch.records.map(stamp));
    }
    done = Math.min(total, done + batch.records.length);
    onProgress({ done, total });
  }
  const business = (await db.users.where('username').equals(DEMO_ACCOUNTS[0].username).first())!;
  await db.users.update(business.id, { managerId: ownManagerId });
  // Graded once, as a department head does at the year's start: grades, their follow-up plans, the 80/20 view.
  const head: WriteContext = { ...ctx, actor: actorOf({ ...business, managerId: ownManagerId }) };
  const run = await draftGrading(db, { evaluationDate: day }, head);
  await approveRun(db, run.id, {}, head, day);
  await sealing;
  await db.meta.put({ key: DEMO_LOADED_KEY, value: { scale: DEMO_SCALE, seed: DEMO_SEED, loadedAt: new Date().toISOString() } });
  onProgress({ done: total, total });
}

/**
 * The accounts' password hashed once for all four (scrypt, half a second each): a salt shared by accounts whose
 * password is published anyway hides nothing. Checking a password at sign-in is the app's own hasher.
 */
function hashedOnce(): PasswordHasher {
  const hashes = new Map<string, Promise<PasswordHash>>();
  return {
    params: DEFAULT_PASSWORD_HASHER.params,
    hash(password) {
      if (!hashes.has(password)) hashes.set(password, DEFAULT_PASSWORD_HASHER.hash(password));
      return hashes.get(password)!;
    },
    matches: (password, stored) => DEFAULT_PASSWORD_HASHER.matches(password, stored),
  };
}

function demoAccounts(): SetUpAccountsInput {
  const account = (index: number) => ({ ...DEMO_ACCOUNTS[index]!, password: DEMO_PASSWORD, confirmation: DEMO_PASSWORD });
  return {
    systemAdmin: account(1),
    securityAdmin: account(2),
    auditAdmin: account(3),
    businessUsers: [{ ...account(0), roles: BUSINESS_ROLES, scope: 'all', managerId: null }],
  };
}

/** Benefits and settlements are made per contract: counted as one per customer each for the progress bar. */
function approximateTotal(counts: InstituteCounts): number {
  return counts.customers * 3 + counts.contacts + counts.interactions + counts.complaints;
}

/** Whether a database holds a complete demo (its marker is written last). */
export async function isCompleteDemo(db: AirgapDb): Promise<boolean> {
  return (await db.meta.get(DEMO_LOADED_KEY)) !== undefined;
}
