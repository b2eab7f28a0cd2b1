import { makeKeyCard, serialiseKeyCard } from '../../../src-renderer/core/exchange/card';
import { applyCard, previewCard } from '../../../src-renderer/data/exchange';
import type { Dept } from '../data/exchange/departments-fixture';
import { INSTALLATION_ID, manifest, testKeys } from './build';

/**
 * The receiver adds the corpus signer's key card to its directory, as the import screen requires
 * before any file of an unknown signer is read (issue 14.10). The card names the installation and
 * department the corpus manifests claim, so only the checks a case is about can refuse it.
 */
export async function trustCorpusSigner(receiver: Dept): Promise<void> {
  const keys = await testKeys();
  const { source } = manifest(1, {});
  const card = makeKeyCard(
    {
      installationId: INSTALLATION_ID,
      organisation: source.organisation,
      department: source.department,
      ageRecipient: keys.ageRecipient,
      signingPublicKey: keys.signingPublicKey,
      createdAt: '2026-11-27T08:00:00.000Z',
    },
    keys.signingSecretKey,
  );
  await applyCard(receiver.db, await previewCard(receiver.db, serialiseKeyCard(card), receiver.installation), receiver.ctx);
}
