import { ActionIcon, Group, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState, type ReactNode } from 'react';
import type { ConfigBodies, ConfigKind } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { ToneBadge } from '../../../ui/ToneBadge';
import { useFormat } from '../../../ui/hooks/use-format';
import { savedAtOf } from './config-form';
import { DEFAULT_VERSION, defaultBodyOf } from './defaults';
import type { ConfigState } from './use-grading-config';

interface Row<K extends ConfigKind> {
  version: number;
  body: ConfigBodies[K];
  approvedBy: string;
  savedAt: string | null;
  note: string;
  isDefault: boolean;
}

/**
 * Every version of one configuration, newest first, and the default it started from (never stored,
 * always there). A row opens to show that version's rules, so a grading made with it can be read
 * against the rules it used.
 */
export function VersionHistory<K extends ConfigKind>({
  kind,
  state,
  renderVersion,
}: {
  kind: K;
  state: ConfigState<K>;
  renderVersion: (body: ConfigBodies[K]) => ReactNode;
}) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState<number | null>(null);
  const rows: Row<K>[] = [
    ...state.history.map((r) => ({ version: r.version, body: r.body, approvedBy: r.approvedBy, savedAt: savedAtOf(r), note: r.note, isDefault: false })),
    {
      version: DEFAULT_VERSION[kind],
      body: defaultBodyOf(kind),
      approvedBy: '',
      savedAt: null,
      note: t(`gradingRules.history.defaultNote.${kind}`),
      isDefault: true,
    },
  ];
  return (
    <div>
      <Title order={4} size="h5" mb="xs">
        {t('gradingRules.history.title')}
      </Title>
      <Table withTableBorder verticalSpacing={6} data-testid={`${kind}-history`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44} />
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('gradingRules.history.version')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('gradingRules.history.approvedBy')}</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('gradingRules.history.savedAt')}</Table.Th>
            <Table.Th>{t('gradingRules.history.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const expanded = open === row.version;
            const label = t(expanded ? 'gradingRules.history.hide' : 'gradingRules.history.show', { version: row.version });
            return (
              <Fragment key={row.version}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-label={label}
                      title={label}
                      aria-expanded={expanded}
                      onClick={() => setOpen(expanded ? null : row.version)}
                    >
                      {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {t(row.isDefault ? 'gradingRules.history.defaultVersion' : 'gradingRules.history.versionN', { version: row.version })}
                      </Text>
                      {row.version === state.current.version && (
                        <ToneBadge size="sm" color="teal">
                          {t('gradingRules.history.current')}
                        </ToneBadge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.approvedBy || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.savedAt ? format.instant(row.savedAt) : '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{row.note || '—'}</Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={5} bg="var(--mantine-color-default-hover)">
                      {renderVersion(row.body)}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
