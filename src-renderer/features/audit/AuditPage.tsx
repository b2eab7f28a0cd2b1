import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileExport, IconShieldCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { UserRecord } from '../../core/accounts';
import type { Profile } from '../../core/profile';
import { listUsers } from '../../data/accounts';
import { can } from '../../core/accounts';
import { openTamperFinding } from '../../data/audit/re-anchor';
import { auditActions } from '../../data/audit/viewer';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { auditQueryOf, EMPTY_FILTER_FORM, filterProblems } from './audit-filter';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { ExportAuditModal } from './ExportAuditModal';
import { ReAnchorModal } from './ReAnchorModal';
import { TamperFinding } from './TamperFinding';
import { useAuditRows } from './use-audit-rows';
import { useVerify } from './use-verify';
import { VerifyStatus } from './VerifyStatus';

const NO_USERS: readonly UserRecord[] = [];
const NO_ACTIONS: readonly string[] = [];

/**
 * 审计日志, the audit administrator's page: read and filter the log, verify its chain, export it; and after
 * a tamper finding, acknowledge it and re-anchor the chain (TamperFinding, ReAnchorModal). Nothing else.
 */
export function AuditPage({ profile }: { profile: Profile }) {
  const t = useT();
  const { db } = useSession();
  const users = useLiveQuery(() => listUsers(db), [db]) ?? NO_USERS;
  const actions = useLiveQuery(() => auditActions(db), [db]) ?? NO_ACTIONS;
  const [form, setForm] = useState(EMPTY_FILTER_FORM);
  // A wrong day keeps the rows of the last good filter rather than showing everything.
  const query = useMemo(() => auditQueryOf(form, users), [form, users]);
  const { rows, loadMore, reload } = useAuditRows(db, query);
  const verify = useVerify();
  const [exporting, setExporting] = useState(false);
  const [reAnchoring, setReAnchoring] = useState(false);
  const finding = useLiveQuery(() => openTamperFinding(db), [db]);
  const mayReAnchor = can(useActor(), 'audit.reanchor');
  const reAnchor = mayReAnchor ? () => setReAnchoring(true) : undefined;
  return (
    <Stack gap="md" maw={1600}>
      <Group justify="space-between">
        <Title order={2}>{t('auditLog.title')}</Title>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={verify.start} loading={verify.state.name === 'running'}>
            {t('auditLog.verify')}
          </Button>
          <Button leftSection={<IconFileExport size={16} />} onClick={() => setExporting(true)}>
            {t('auditLog.export')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        {t('auditLog.intro')}
      </Text>
      {finding && <TamperFinding finding={finding} onExport={() => setExporting(true)} onReAnchor={reAnchor} />}
      <VerifyStatus state={verify.state} onCancel={verify.cancel} onReAnchor={reAnchor} />
      <AuditFilterBar form={form} onChange={setForm} users={users} actions={actions} problems={filterProblems(form)} />
      <AuditTable rows={rows} onLoadMore={loadMore} />
      {exporting && <ExportAuditModal profile={profile} onClose={() => setExporting(false)} onDone={reload} />}
      {reAnchoring && (
        <ReAnchorModal
          onClose={() => setReAnchoring(false)}
          onDone={() => {
            reload();
            // The verdict on screen is the old one: verified again, it names the break as acknowledged.
            void verify.start();
          }}
        />
      )}
    </Stack>
  );
}
