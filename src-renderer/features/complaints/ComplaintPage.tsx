import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconRestore, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { chinaDayOf, hasZeroing } from '../../core/complaints';
import { deleteComplaint, restoreComplaint, type ComplaintRecord } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { useReadScope } from '../../state/read-scope';
import { useSession } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { MissingRecord } from '../../ui/NotFound';
import { OutOfScope } from '../../ui/OutOfScope';
import { Link } from '../../ui/Link';
import { useAction } from '../../ui/hooks/use-action';
import { useFormat } from '../../ui/hooks/use-format';
import { useCanWriteRecord } from '../../ui/hooks/use-can';
import { ActionsCard } from './ActionsCard';
import { OverdueFlag } from '../../ui/ComplaintOverdueFlag';
import { StatusBadge } from './ComplaintBadges';
import { DeadlinesTable } from './DeadlinesTable';
import { HistoryTimeline } from './HistoryTimeline';
import { yearOtherThanNumber } from './intake-values';
import { complaintPageData } from './queries';
import { useManagers } from './use-complaints';
import { ZeroingCard } from './ZeroingCard';
import { RecordAttachments } from '../attachments';
import { useCustomerMark } from './use-customer-mark';

/** One complaint: who and what, its deadlines, the steps it allows, the zeroing, the answer and its history. */
export function ComplaintPage({ complaintId }: { complaintId: string }) {
  const t = useT();
  const { db } = useSession();
  const scope = useReadScope();
  const data = useLiveQuery(() => complaintPageData(db, complaintId, scope), [db, complaintId, scope]);
  if (data === undefined) return <Loader aria-label={t('complaints.list.loading')} />;
  if (data === null) return <MissingRecord title={t('complaints.page.notFound')} back={{ href: '#/complaints', label: t('complaints.page.back') }} />;
  if (data === 'out-of-scope') return <OutOfScope title={t('scope.complaintHidden')} />;
  return <ComplaintView {...data} />;
}

function ComplaintView({ complaint, customerName, contactName }: { complaint: ComplaintRecord; customerName: string; contactName: string }) {
  const t = useT();
  const f = useFormat();
  const { db } = useSession();
  const operator = useActor().name;
  const run = useAction();
  const { nameOf } = useManagers();
  const [deleting, setDeleting] = useState(false);
  const now = new Date();
  const deleted = complaint.deletedAt !== null;
  // Each write shown to who may do it, by the write path's rule (查阅 reads and prints only): editing,
  // the workflow's steps and the zeroing items update the complaint; deleting and restoring are the handler's.
  const mayUpdate = useCanWriteRecord('complaints', 'update');
  const mayDelete = useCanWriteRecord('complaints', 'delete');
  const rows: [string, string][] = [
    [t('complaints.field.channel'), t(`complaints.channel.${complaint.channel}`)],
    [t('complaints.field.category'), t(`complaints.category.${complaint.category}`)],
    [t('complaints.field.severity'), t(`complaints.severity.${complaint.severity}`)],
    [t('complaints.field.receivedAt'), f.instant(complaint.receivedAt)],
    [t('complaints.field.contact'), contactName || t('complaints.noContact')],
    [t('complaints.field.product'), complaint.product],
    [t('complaints.field.description'), complaint.description],
    [t('complaints.field.request'), complaint.request || '—'],
    [t('complaints.field.handler'), nameOf(complaint.handlerId) || t('complaints.noHandler')],
    [t('complaints.field.department'), complaint.department || '—'],
    [t('complaints.field.grade'), complaint.grade ?? t('grade.none')],
  ];
  return (
    <Stack gap="md" maw={1200} data-testid="complaint-page">
      {deleted && (
        <Alert color="orange" title={t('complaints.page.deleted')}>
          {mayDelete && (
            <Button
              size="compact-sm"
              leftSection={<IconRestore size={14} />}
              onClick={() => run((ctx) => restoreComplaint(db, complaint.id, ctx), 'complaints.page.restored')}
            >
              {t('complaints.page.restore')}
            </Button>
          )}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="complaint-number">
              {complaint.number}
            </Title>
            <StatusBadge status={complaint.status} />
            <OverdueFlag complaint={complaint} now={now} />
          </Group>
          <Link href={`#/customers/${complaint.customerId}`}>{customerName}</Link>
          <NumberKept complaint={complaint} />
          <StatusReason complaint={complaint} />
        </Stack>
        {!deleted && (mayUpdate || mayDelete) && (
          <Group gap="xs">
            {mayUpdate && (
              <Button variant="default" leftSection={<IconEdit size={16} />} component="a" href={`#/complaints/${complaint.id}/edit`}>
                {t('complaints.page.edit')}
              </Button>
            )}
            {mayDelete && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(true)}>
                {t('complaints.page.delete')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Card withBorder component="section" aria-labelledby="complaint-intake">
          <Title order={3} size="h4" mb="sm" id="complaint-intake">
            {t('complaints.page.intake')}
          </Title>
          <Table variant="vertical" withTableBorder>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={130}>{label}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Stack gap="md">
          <Card withBorder component="section" aria-labelledby="complaint-deadlines-title">
            <Title order={3} size="h4" mb="sm" id="complaint-deadlines-title">
              {t('complaints.page.deadlines')}
            </Title>
            <DeadlinesTable complaint={complaint} now={now} />
          </Card>
          {mayUpdate && <ActionsCard complaint={complaint} readOnly={deleted} />}
          <AnswerCard complaint={complaint} />
        </Stack>
      </SimpleGrid>
      {hasZeroing(complaint.category) && <ZeroingCard complaint={complaint} operator={operator} readOnly={deleted || !mayUpdate} />}
      <ComplaintFilesCard complaint={complaint} readOnly={deleted || !mayUpdate} />
      <Card withBorder component="section" aria-labelledby="complaint-history-title">
        <Title order={3} size="h4" mb="sm" id="complaint-history-title">
          {t('complaints.page.history')}
        </Title>
        <HistoryTimeline history={complaint.history} />
      </Card>
      {deleting && (
        <ConfirmModal
          title={t('complaints.page.deleteTitle')}
          confirmLabel={t('complaints.page.delete')}
          onClose={() => setDeleting(false)}
          onConfirm={() => run((ctx) => deleteComplaint(db, complaint.id, ctx), 'complaints.page.deletedDone')}
        >
          {t('complaints.page.deleteBody', { number: complaint.number })}
        </ConfirmModal>
      )}
    </Stack>
  );
}

/** The complaint's own files (the customer's letter, photos of the failed part…); a zeroing item's evidence is in its row. */
function ComplaintFilesCard({ complaint, readOnly }: { complaint: ComplaintRecord; readOnly: boolean }) {
  const t = useT();
  const mark = useCustomerMark(complaint.customerId);
  if (!mark) return null;
  return (
    <Card withBorder component="section" aria-labelledby="complaint-files-title">
      <Title order={3} size="h4" mb="sm" id="complaint-files-title">
        {t('attachments.section')}
      </Title>
      <RecordAttachments
        owner={{ kind: 'complaints', id: complaint.id }}
        defaultClassification={mark}
        targetLabel={t('complaints.page.filesOf', { number: complaint.number })}
        readOnly={readOnly}
        testId="complaint-files"
      />
    </Card>
  );
}

/** 答复 and the customer's verification of it. */
function AnswerCard({ complaint }: { complaint: ComplaintRecord }) {
  const t = useT();
  const f = useFormat();
  const v = complaint.verification;
  return (
    <Card withBorder component="section" aria-labelledby="complaint-answer" data-testid="complaint-answer">
      <Title order={3} size="h4" mb="sm" id="complaint-answer">
        {t('complaints.page.answer')}
      </Title>
      {complaint.answer ? (
        <Stack gap={4}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {complaint.answer.text}
          </Text>
          <Text size="xs" c="dimmed">
            {t('complaints.page.answeredBy', { by: complaint.answer.by, at: f.instant(complaint.answer.at) })}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('complaints.page.noAnswer')}
        </Text>
      )}
      {v && (
        <Stack gap={2} mt="sm" data-testid="complaint-verification">
          <Text size="sm" fw={600}>
            {t('complaints.page.verification')}
          </Text>
          <Text size="sm">
            {t(v.accepted ? 'complaints.page.accepted' : 'complaints.page.notAccepted')} · {t('complaints.page.satisfaction', { score: v.satisfaction })}
          </Text>
          {v.comment && <Text size="sm">{v.comment}</Text>}
          <Text size="xs" c="dimmed">
            {v.by} · {f.instant(v.at)}
          </Text>
        </Stack>
      )}
    </Card>
  );
}

/** A receipt corrected into another year keeps its number (numbers never change): said under the number. */
function NumberKept({ complaint }: { complaint: ComplaintRecord }) {
  const t = useT();
  const year = yearOtherThanNumber(complaint.number, chinaDayOf(complaint.receivedAt));
  if (year === null) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="number-kept">
      {t('complaints.page.numberKept', { year })}
    </Text>
  );
}

/** Why a complaint stands rejected or reopened: the reason of the step that put it there, under its number. */
function StatusReason({ complaint }: { complaint: ComplaintRecord }) {
  const t = useT();
  if (complaint.status !== 'rejected' && complaint.status !== 'reopened') return null;
  const step = complaint.history.findLast((e) => e.to === complaint.status);
  if (!step?.reason) return null;
  return (
    <Text size="sm" c={complaint.status === 'rejected' ? 'red.8' : 'orange.9'} data-testid="complaint-status-reason" style={{ whiteSpace: 'pre-wrap' }}>
      {t(complaint.status === 'rejected' ? 'complaints.page.rejectedBecause' : 'complaints.page.reopenedBecause', { reason: step.reason })}
    </Text>
  );
}
