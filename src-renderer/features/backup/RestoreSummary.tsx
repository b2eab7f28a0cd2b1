import { formatDateTime } from '../../core/format';
import type { RestoredBackup } from '../../data/backup-file';
import { isMessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { LabelledTable } from '../../ui/LabelledTable';

/** What a verified backup holds: where (and which installation) it came from, when, who, and how many records of each kind. */
export function RestoreSummary({ restored }: { restored: RestoredBackup }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { manifest } = restored;
  const counts = Object.entries(restored.counts)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => {
      const key = `kind.${kind}`;
      return `${isMessageKey(key) ? t(key) : kind} ${n.toLocaleString(locale)}`;
    })
    .join('，');
  const rows: [string, string][] = [
    [t('restore.source'), `${manifest.source.organisation} · ${manifest.source.department}`],
    [t('restore.installationId'), manifest.source.installationId],
    [t('restore.createdAt'), formatDateTime(manifest.createdAt, locale)],
    [t('restore.exporter'), manifest.exporter],
    [t('restore.signer'), restored.signerFingerprint],
    [t('restore.counts'), counts],
  ];
  return <LabelledTable rows={rows} testId="restore-summary" />;
}
