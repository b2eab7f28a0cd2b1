import { writeArchive, type ArchiveManifestInput } from '../../../../src-renderer/core/archive-file';
import { getProfile } from '../../../../src-renderer/data/profile-repo';
import { CURRENT_SCHEMA_VERSION } from '../../../../src-renderer/data/schema';
import type { Dept } from './departments-fixture';

/**
 * An exchange file signed by `from` for `to` with hand-picked lines and manifest fields: what a
 * department that holds a valid signing key can make, whatever the exporter would write. Counts
 * are derived from the lines.
 */
export async function signedFile(
  from: Dept,
  to: Dept,
  lines: { kind: string; record: unknown }[],
  manifest: Partial<ArchiveManifestInput> = {},
): Promise<Uint8Array> {
  const profile = (await getProfile(from.db))!;
  const counts: Record<string, number> = {};
  for (const l of lines) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
  const stream = await writeArchive({
    manifest: {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: '0.1.0',
      source: { installationId: from.installation.installationId, organisation: profile.organisation, department: profile.department },
      exporter: from.ctx.actor.name,
      createdAt: from.ctx.now().toISOString(),
      scope: { type: 'full' },
      counts,
      highestClassification: 'internal',
      ...manifest,
    },
    records: lines,
    signingSecretKey: from.installation.keys.signingSecretKey,
    lock: { recipients: [to.installation.keys.ageRecipient] },
  });
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
