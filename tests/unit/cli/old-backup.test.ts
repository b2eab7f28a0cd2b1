import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, ROOT } from './helpers';

/**
 * The gateway's check of a backup written by v0.1.0 after the first grading approval (its change
 * entries lost `before` in JSON; tests/fixtures/backup-v0.1.0/README.md): `verify` runs the same
 * record checks as a restore, so it must accept the file a restore accepts.
 */
const at = (name: string) => join(ROOT, 'tests/fixtures/backup-v0.1.0', name);

beforeAll(buildCli, 90_000);

describe('verify and inspect a v0.1.0 backup', () => {
  it('verifies every record, the hash and the signature', async () => {
    const verified = await cli('verify', at('backup.age'), '--identity', at('age-identity.txt'), '--signer', at('signing-public.txt'));
    expect(verified).toMatchObject({ code: 0, stderr: '' });
    expect(verified.stdout).toMatch(/^verified: 30 records, sha256 [0-9a-f]{64}, signer [0-9]{4}(?: [0-9]{4}){9}, matches --signer \(已验证\)/);
    const inspected = await cli('inspect', at('backup.age'), '--identity', at('age-identity.txt'));
    expect(inspected.code).toBe(0);
    expect(inspected.stdout).toMatch(/^counts: +installation 1, profile 1, managers 1, customers 3, .*changes 15/m);
  }, 60_000);
});
