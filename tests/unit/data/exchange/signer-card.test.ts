import { afterEach, describe, expect, it } from 'vitest';
import { departmentBySigner, exportMyCard, previewImport, previewSignerCard, applyCard, SignerCardMismatchError } from '../../../../src-renderer/data/exchange';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { closeAll, department, exportFor, introduce, pairOfDepartments } from './departments-fixture';

afterEach(closeAll);

describe('adding the unknown signer of an exchange file to the directory', () => {
  it('takes the signer’s own card, and the file then reads as from a known signer', async () => {
    const { a, b, dir } = await pairOfDepartments();
    const file = await exportFor(a, b, dir);
    // b forgets a: the next file from a comes from an unknown signer.
    await b.db.table('departments').clear();
    const unlock = { identities: [b.installation.keys.ageIdentity] };
    const first = await previewImport(b.db, file.bytes, unlock, { installation: b.installation, now: () => b.ctx.now().getTime() });
    expect(first.status).toBe('unknown-signer');
    if (first.status !== 'unknown-signer') return;

    const card = exportMyCard(a.installation, (await getProfile(a.db))!).text;
    const preview = await previewSignerCard(b.db, card, b.installation, first.signerPublicKey);
    await applyCard(b.db, preview, b.ctx);
    expect((await departmentBySigner(b.db, first.signerPublicKey))?.name).toBe('市场部');
    const again = await previewImport(b.db, file.bytes, unlock, { installation: b.installation, now: () => b.ctx.now().getTime() });
    expect(again.status === 'ready' && again.file.signer?.name).toBe('市场部');
  });

  it('refuses a card whose signing key is not the file signer’s, adding nothing', async () => {
    const a = await department('市场部');
    const b = await department('科研处');
    const c = await department('质量部');
    const dir = await introduce(a, b);
    const file = await exportFor(a, b, dir);
    await b.db.table('departments').clear();
    const first = await previewImport(
      b.db,
      file.bytes,
      { identities: [b.installation.keys.ageIdentity] },
      { installation: b.installation, now: () => b.ctx.now().getTime() },
    );
    if (first.status !== 'unknown-signer') throw new Error('expected an unknown signer');
    const otherCard = exportMyCard(c.installation, (await getProfile(c.db))!).text;
    await expect(previewSignerCard(b.db, otherCard, b.installation, first.signerPublicKey)).rejects.toBeInstanceOf(SignerCardMismatchError);
    expect(await b.db.table('departments').count()).toBe(0);
  });
});
