import { CloseButton, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { discardRun } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { NotFound } from '../../../ui/NotFound';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { useAction } from '../../../ui/hooks/use-action';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useCan, useCanWriteRecord } from '../../../ui/hooks/use-can';
import type { ChangeFilter } from '../grading-labels';
import { ApproveModal } from './ApproveModal';
import { ChangeFilters } from './ChangeFilters';
import { EntryTable } from './EntryTable';
import { filterEntries, summaryOf, type EntryRow } from './entry-rows';
import { OverrideModal } from './OverrideModal';
import { RunHeader } from './RunHeader';
import { useRun } from './use-run';

type Dialog = { kind: 'override'; row: EntryRow } | { kind: 'approve' } | { kind: 'discard' } | null;

/**
 * One grading run: what it proposes for each customer and why, filterable by change and searchable
 * by name (in memory: the entries are read once), 调整 per row, and 批准 / 放弃 while it is a draft.
 */
export function RunPage({ runId }: { runId: string }) {
  const t = useT();
  const act = useAction();
  const { db } = useArchive();
  const [, navigate] = useLocation();
  const { run, entries, failed, replace } = useRun(runId);
  const rows = entries?.rows;
  const complete = entries?.complete ?? false;
  const [filter, setFilter] = useState<ChangeFilter | null>(null);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  // Counted from the rows once all are read (a filter's count is then what it lists); the run's own summary until then.
  const counted = useMemo(() => (complete && rows ? summaryOf(rows) : null), [complete, rows]);
  const shown = useMemo(() => (complete ? filterEntries(rows ?? [], filter, query) : (rows ?? [])), [complete, rows, filter, query]);
  const editable = run?.status === 'draft' && complete;
  const override = useCallback((row: EntryRow) => setDialog({ kind: 'override', row }), []);
  // 批准 is the head's; 调整 and 放弃 write the draft (its author or the head): each hidden from who may not (查阅).
  const mayApprove = useCan('grading.approve');
  const mayAdjust = useCanWriteRecord('gradings', 'update');
  const supersededCount = useMemo(() => (rows ?? []).filter((r) => r.grading.supersededBy).length, [rows]);

  if (run === null) return <NotFound onHome={() => navigate('/')} />;
  if (run === undefined) return <Loader aria-label={t('gradingSection.loading')} />;
  const customerName = run.kind === 'single' ? (rows?.[0]?.name ?? null) : null;

  return (
    // The page fills the window below the header; the entries scroll inside it, the header stays.
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-offset, 60px) - 2 * var(--mantine-spacing-lg))">
      <RunHeader
        run={run}
        customerName={customerName}
        supersededEntries={supersededCount}
        onApprove={mayApprove ? () => setDialog({ kind: 'approve' }) : null}
        onDiscard={mayAdjust ? () => setDialog({ kind: 'discard' }) : null}
      />
      <ChangeFilters summary={counted ?? run.summary} value={filter} onChange={setFilter} disabled={!complete} />
      <TextInput
        maw={420}
        aria-label={t('gradingSection.search.label')}
        placeholder={t('gradingSection.search.placeholder')}
        leftSection={<IconSearch size={16} stroke={1.6} />}
        rightSection={query ? <CloseButton size="sm" aria-label={t('gradingSection.search.clear')} onClick={() => setQuery('')} /> : null}
        value={query}
        disabled={!complete}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {failed && <Text c="red">{t('common.error')}</Text>}
      {rows === undefined && !failed && <Loader aria-label={t('gradingSection.run.loadingEntries')} />}
      {rows !== undefined && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="entry-count">
            {complete
              ? t('gradingSection.run.count', { shown: shown.length, total: rows.length })
              : t('gradingSection.run.reading', { shown: rows.length, total: run.summary.total })}
          </Text>
          {shown.length > 0 ? (
            // As tall as its rows, at most the rest of the window (then it scrolls); never squeezed below a few rows.
            <div style={{ display: 'flex', flexDirection: 'column', flex: '0 1 auto', minHeight: 280 }}>
              <EntryTable
                rows={shown}
                onOverride={run.status === 'draft' && mayAdjust ? override : null}
                overrideDisabled={!editable}
                resetKey={`${filter}|${query}`}
              />
            </div>
          ) : (
            <Text c="dimmed">{t('gradingSection.run.noMatch')}</Text>
          )}
        </>
      )}
      {dialog?.kind === 'override' && <OverrideModal row={dialog.row} onClose={() => setDialog(null)} onSaved={replace} />}
      {dialog?.kind === 'approve' && <ApproveModal run={run} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'discard' && (
        <ConfirmModal
          title={t('gradingSection.discard.title')}
          confirmLabel={t('gradingSection.discard.submit')}
          onClose={() => setDialog(null)}
          onConfirm={() => act((ctx) => discardRun(db, run.id, ctx), 'gradingSection.discard.done')}
        >
          {t('gradingSection.discard.body')}
        </ConfirmModal>
      )}
    </Stack>
  );
}
