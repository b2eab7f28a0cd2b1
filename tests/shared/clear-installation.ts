import { newId } from '../../src-renderer/core/ids';
import { generateInstallationKeys } from '../../src-renderer/core/keys';
import type { AirgapDb } from '../../src-renderer/data/db';
import { INSTALLATION_KEY, type Installation } from '../../src-renderer/data/installation';

/**
 * The installation row in its format before issue 14.6, the secret keys in CLEAR. Tests and benches only:
 * the app opens data/key-store.ts KeyRing (app/boot.ts), which seals such a row at the first start. Kept out of
 * src-renderer so that no screen can write keys in clear by mistake; tests use it to make the databases older
 * versions left behind, and installations whose keys they need at hand.
 */
export async function loadOrCreateInstallation(db: AirgapDb, now: () => Date = () => new Date()): Promise<Installation> {
  const existing = await db.meta.get(INSTALLATION_KEY);
  if (existing) return existing.value as Installation;
  // Keys are generated outside the transaction (async crypto would let an IndexedDB transaction
  // auto-commit), then written only if no other tab wrote an installation meanwhile.
  const candidate: Installation = { installationId: newId(), createdAt: now().toISOString(), keys: await generateInstallationKeys() };
  return db.transaction('rw', db.meta, async () => {
    const raced = await db.meta.get(INSTALLATION_KEY);
    if (raced) return raced.value as Installation;
    await db.meta.add({ key: INSTALLATION_KEY, value: candidate });
    return candidate;
  });
}
