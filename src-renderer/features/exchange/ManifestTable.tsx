import { Group, Text } from '@mantine/core';
import type { ArchiveManifest } from '../../core/archive-file';
import type { IncomingFile } from '../../data/exchange';
import { markFor } from '../../core/classification';
import { formatDateTime } from '../../core/format';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { ClassificationBadge } from '../../ui/ClassificationBadge';
import { LabelledTable } from '../../ui/LabelledTable';

function scopeWords(manifest: ArchiveManifest, t: Translate): string {
  const { scope } = manifest;
  if (scope.type === 'selection') {
    const count = manifest.counts.customers ?? 0;
    const { by, grades, managerNames } = scope.criteria ?? {};
    if (by === 'grades' && Array.isArray(grades)) return t('exchangeSelection.manifestGrades', { grades: grades.join('、'), count });
    if (by === 'managers' && Array.isArray(managerNames)) return t('exchangeSelection.manifestManagers', { names: managerNames.join('、'), count });
    return t('exchange.manifest.scopeSelection', { count });
  }
  if (scope.type === 'changes') return t('exchange.manifest.scopeChanges', { department: scope.target?.department ?? '—' });
  return t('exchange.manifest.scopeFull');
}

/**
 * What an exchange file says about itself: who made it, when, what it covers, its highest mark.
 * Once read (`file`), the source is the directory's name for the signing key, not the manifest's
 * claim, and the mark is the highest actually found in its records (issue 14, points 4 and 5).
 */
export function ManifestTable({ manifest, signer, file }: { manifest: ArchiveManifest; signer: React.ReactNode; file?: IncomingFile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const level = file ? file.highestClassification : manifest.highestClassification;
  const source = file?.signer ? `${file.signer.organisation} · ${file.signer.name}` : `${manifest.source.organisation} · ${manifest.source.department}`;
  const rows: [string, React.ReactNode][] = [
    [t('exchange.manifest.source'), source],
    [t('exchange.manifest.exporter'), manifest.exporter],
    [t('exchange.manifest.createdAt'), formatDateTime(manifest.createdAt, locale)],
    [t('exchange.manifest.scope'), scopeWords(manifest, t)],
    [
      t(file ? 'exchangeChecks.foundClassification' : 'exchange.manifest.classification'),
      level ? <ClassificationBadge mark={markFor(level)} /> : <Text size="sm">{t('exchange.manifest.noMark')}</Text>,
    ],
    [t('exchange.manifest.signer'), <Group gap="xs">{signer}</Group>],
  ];
  return <LabelledTable rows={rows} testId="import-manifest" />;
}
