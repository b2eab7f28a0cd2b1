import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Translation areas per domain (issue 13.7): a screen uses its own area's keys for its own words;
 * shared words are `common.*`, `nav.*`, `passphrase.*`, field labels `field.*`, enum labels go
 * through i18n/enum-labels.ts. These prefixes belong to one screen (or the screens listed), and any
 * other place naming one of their keys borrowed another screen's words.
 */
const OWNERS: Record<string, readonly string[]> = {
  detail: ['features/customer-detail'],
  customerHistory: ['features/customer-detail'],
  gradingCustomer: ['features/customer-detail'],
  dashboard: ['features/home'],
  home: ['features/home'],
  customers: ['features/customers'],
  gradingSection: ['features/grading'],
  exchangeImport: ['features/exchange'],
  exchangeSelection: ['features/exchange'],
  recycleBin: ['features/recycle-bin'],
  requirements: ['features/requirements'],
  // 统计分析 shows the complaint statistics as one of its tabs.
  complaintStats: ['features/complaint-stats', 'features/analysis'],
  restore: ['features/backup'],
  install: ['features/settings'],
  setup: ['features/setup'],
  // Accounts (issue 15): the first run's second step shows the account setup form.
  accountSetup: ['features/accounts', 'features/setup'],
  signIn: ['features/accounts'],
  idleLock: ['features/accounts'],
  passwordChange: ['features/accounts'],
  userMenu: ['features/accounts'],
  auditLog: ['features/audit'],
};

const ROOT = join(__dirname, '../../../src-renderer');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** `features/x` for a feature's file, else the top folder (`ui`, `app`, `core`…). */
function unitOf(path: string): string {
  const parts = relative(ROOT, path).split('/');
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0]!;
}

/** Every `'prefix.rest'` or `` `prefix.rest `` literal naming a key of an owned prefix. */
function borrowed(path: string): string[] {
  const unit = unitOf(path);
  const found: string[] = [];
  // Comments may name keys as examples; only code counts.
  const code = readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/['`]([a-zA-Z]+)\.[a-zA-Z0-9_.${}-]+['`]/g)) {
    const owners = Object.hasOwn(OWNERS, match[1]!) ? OWNERS[match[1]!] : undefined;
    if (owners && !owners.includes(unit)) found.push(`${relative(ROOT, path)}: ${match[0]}`);
  }
  return found;
}

describe('translation areas', () => {
  it('no screen, shared UI or app module names another screen’s keys', () => {
    const files = sources(ROOT).filter((path) => !relative(ROOT, path).startsWith('i18n/'));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(borrowed)).toEqual([]);
  });

  it('the check sees a borrowed key (control)', () => {
    const unit = unitOf(join(ROOT, 'features/reports/dossier/DossierReport.tsx'));
    expect(unit).toBe('features/reports');
    expect(OWNERS.detail!.includes(unit)).toBe(false);
  });
});
