import { Button, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { GradeBadge } from '../../../ui/GradeBadge';
import { Link } from '../../../ui/Link';
import { ToneBadge } from '../../../ui/ToneBadge';
import { reasonOf } from '../decision-text';
import { CHANGE_COLOR, CHANGE_LABEL } from '../grading-labels';
import { tableHeight, VirtualTable, type VirtualColumn } from '../../../ui/VirtualTable';
import type { EntryRow } from './entry-rows';

/** Two lines: the reason, and an override's reason under it. */
const ROW_HEIGHT = 60;

interface EntryTableProps {
  rows: readonly EntryRow[];
  /** Null for an approved or discarded run: read-only, no 调整 column. */
  onOverride: ((row: EntryRow) => void) | null;
  /** While the run is still being read: the column is there, its buttons wait. */
  overrideDisabled: boolean;
  resetKey: string;
}

/** A run's entries: customer, previous → computed → final grade, the change, why, and 调整 on a draft. */
export function EntryTable({ rows, onOverride, overrideDisabled, resetKey }: EntryTableProps) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const columns = useMemo(() => {
    const list: VirtualColumn<EntryRow>[] = [
      {
        id: 'name',
        header: t('gradingSection.entry.customer'),
        track: 'minmax(180px, 2fr)',
        minPx: 180,
        render: (r) => (
          <Text size="sm" truncate="end" title={r.name}>
            <Link href={`#/customers/${r.grading.customerId}`} size="sm" fw={500}>
              {r.name}
            </Link>
            {r.deleted && (
              <Text span size="xs" c="dimmed">
                {' '}
                {t('gradingSection.entry.deleted')}
              </Text>
            )}
            {r.grading.supersededBy && (
              <>
                {' '}
                <Link href={`#/grading/runs/${r.grading.supersededBy}`} size="xs" data-testid="entry-superseded">
                  {t('gradingSection.entry.superseded')}
                </Link>
              </>
            )}
          </Text>
        ),
      },
      {
        id: 'previous',
        header: t('gradingSection.entry.previous'),
        track: '104px',
        minPx: 104,
        render: (r) => <GradeBadge grade={r.grading.previousGrade} size="sm" />,
      },
      {
        id: 'proposed',
        header: t('gradingSection.entry.proposed'),
        track: '84px',
        minPx: 84,
        render: (r) => <GradeBadge grade={r.grading.proposedGrade} size="sm" />,
      },
      { id: 'final', header: t('gradingSection.entry.final'), track: '84px', minPx: 84, render: (r) => <GradeBadge grade={r.grading.finalGrade} size="sm" /> },
      {
        id: 'change',
        header: t('gradingSection.entry.change'),
        track: '84px',
        minPx: 84,
        render: (r) => (
          <ToneBadge size="sm" color={CHANGE_COLOR[r.grading.change]}>
            {t(CHANGE_LABEL[r.grading.change])}
          </ToneBadge>
        ),
      },
      {
        id: 'reason',
        header: t('gradingSection.entry.reason'),
        track: 'minmax(260px, 4fr)',
        minPx: 260,
        render: (r) => {
          const reason = reasonOf(r.grading, t, locale);
          const override = r.grading.override;
          return (
            <>
              <Text size="sm" lineClamp={override ? 1 : 2} lh={1.35} title={reason}>
                {reason}
              </Text>
              {override && (
                <Group gap={6} wrap="nowrap" data-testid="override">
                  <ToneBadge size="xs" color="orange" style={{ flexShrink: 0 }}>
                    {t('gradingSection.change.overridden')}
                  </ToneBadge>
                  <Text size="xs" truncate="end" title={override.reason}>
                    {override.reason}
                  </Text>
                </Group>
              )}
            </>
          );
        },
      },
    ];
    if (onOverride) {
      list.push({
        id: 'actions',
        header: t('common.actions'),
        track: '88px',
        minPx: 88,
        render: (r) =>
          r.grading.supersededBy ? null : (
            <Button
              size="compact-sm"
              variant="default"
              disabled={overrideDisabled}
              aria-label={t('gradingSection.override.for', { name: r.name })}
              onClick={() => onOverride(r)}
            >
              {t('gradingSection.override.open')}
            </Button>
          ),
      });
    }
    return list;
  }, [t, locale, onOverride, overrideDisabled]);
  return (
    <VirtualTable
      label={t('gradingSection.entry.tableLabel')}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.grading.id}
      rowHeight={ROW_HEIGHT}
      rowProps={(r) => ({ 'data-customer': r.name, 'data-change': r.grading.change, 'data-superseded': r.grading.supersededBy ? 'true' : undefined })}
      resetKey={resetKey}
      testId="run-entries"
      height={tableHeight(rows.length, ROW_HEIGHT)}
      shrink
    />
  );
}
