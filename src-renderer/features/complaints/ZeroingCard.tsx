import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { IconCheck, IconPaperclip, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  chinaDayOf,
  isItemConfirmed,
  MANAGEMENT_ZEROING_ITEMS,
  TECHNICAL_ZEROING_ITEMS,
  ZEROING_ITEMS,
  zeroingStatus,
  type ZeroingItemId,
} from '../../core/complaints';
import type { ComplaintRecord } from '../../data/complaints';
import { useT } from '../../i18n/react';
import { TitledCard } from '../../ui/TitledPanel';
import { ToneBadge } from '../../ui/ToneBadge';
import { useFormat } from '../../ui/hooks/use-format';
import { ZeroingDialog } from './ZeroingDialog';
import { attachmentsOfComplaint } from '../../data/attachments';
import { useSession } from '../../state/session';
import { RecordAttachments } from '../attachments';
import { useCustomerMark } from './use-customer-mark';

/**
 * 质量问题归零 of a quality complaint: the five technical and five management items, each with its
 * evidence, who confirmed it and when; 确认 / 修改 per item. The close step waits for all ten.
 */
export function ZeroingCard({ complaint, operator, readOnly }: { complaint: ComplaintRecord; operator: string; readOnly: boolean }) {
  const t = useT();
  const f = useFormat();
  const [editing, setEditing] = useState<ZeroingItemId | null>(null);
  const [filesOf, setFilesOf] = useState<ZeroingItemId | null>(null);
  const { db } = useSession();
  const mark = useCustomerMark(complaint.customerId);
  // The evidence files of each item, counted for its 附件 button (issue 18.1).
  const fileCounts = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const a of await attachmentsOfComplaint(db, complaint.id))
      if (a.owner.zeroingItem) counts.set(a.owner.zeroingItem, (counts.get(a.owner.zeroingItem) ?? 0) + 1);
    return counts;
  }, [db, complaint.id]);
  const status = zeroingStatus(complaint.zeroing);
  const done = ZEROING_ITEMS.length - status.missing.length;
  const half = (title: 'technical' | 'management', items: readonly ZeroingItemId[]) => (
    <Table withTableBorder verticalSpacing={6} key={title} aria-label={t(`complaints.zeroing.${title}`)}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={140}>{t(`complaints.zeroing.${title}`)}</Table.Th>
          <Table.Th>{t('complaints.zeroing.evidence')}</Table.Th>
          <Table.Th w={120}>{t('complaints.zeroing.confirmedBy')}</Table.Th>
          <Table.Th w={140}>{t('complaints.zeroing.confirmedAt')}</Table.Th>
          <Table.Th w={100}>{t('complaints.zeroing.files')}</Table.Th>
          {!readOnly && <Table.Th w={90} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((id) => {
          const item = complaint.zeroing[id];
          const confirmed = isItemConfirmed(item);
          return (
            <Table.Tr key={id} data-item={id} data-confirmed={confirmed || undefined}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {confirmed && <IconCheck size={14} color="var(--mantine-color-green-7)" aria-hidden />}
                  <Text size="sm" fw={500}>
                    {t(`complaints.zeroing.${id}`)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {confirmed ? (
                  <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                    {item!.evidence}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('complaints.zeroing.open')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{confirmed ? item!.confirmedBy : '—'}</Table.Td>
              {/* The dialog asks for a day (stored as noon China time), so the day is all there is to show. */}
              <Table.Td>{confirmed ? f.day(chinaDayOf(item!.confirmedAt)) : '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  leftSection={<IconPaperclip size={14} />}
                  onClick={() => setFilesOf(id)}
                  aria-label={`${t('complaints.zeroing.files')} ${t(`complaints.zeroing.${id}`)}`}
                  data-testid={`zeroing-files-${id}`}
                >
                  {t('complaints.zeroing.filesOf', { count: fileCounts?.get(id) ?? 0 })}
                </Button>
              </Table.Td>
              {!readOnly && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant={confirmed ? 'subtle' : 'light'}
                    onClick={() => setEditing(id)}
                    aria-label={`${t(confirmed ? 'complaints.zeroing.reconfirm' : 'complaints.zeroing.confirm')} ${t(`complaints.zeroing.${id}`)}`}
                  >
                    {t(confirmed ? 'complaints.zeroing.reconfirm' : 'complaints.zeroing.confirm')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
  return (
    <TitledCard
      id="zeroing-title"
      title={t('complaints.zeroing.title')}
      testId="zeroing"
      actions={
        <Group gap="sm">
          <ToneBadge color={status.complete ? 'green' : 'gray'} data-testid="zeroing-progress">
            {status.complete ? t('complaints.zeroing.complete') : t('complaints.zeroing.progress', { done, total: ZEROING_ITEMS.length })}
          </ToneBadge>
          {/* Only a quality complaint has this card, and so the report (core hasZeroing). */}
          <Button component="a" href={`#/reports/zeroing/${complaint.id}`} size="compact-sm" variant="default" leftSection={<IconPrinter size={14} />}>
            {t('reports.zeroing.printFromComplaint')}
          </Button>
        </Group>
      }
    >
      {half('technical', TECHNICAL_ZEROING_ITEMS)}
      {half('management', MANAGEMENT_ZEROING_ITEMS)}
      {/* A dialog renders in a portal: inside the card's stack it adds no gap. */}
      {filesOf && mark && (
        <Modal opened onClose={() => setFilesOf(null)} title={t('complaints.zeroing.filesTitle', { item: t(`complaints.zeroing.${filesOf}`) })} size="70rem">
          <RecordAttachments
            owner={{ kind: 'complaints', id: complaint.id, zeroingItem: filesOf }}
            defaultClassification={mark}
            targetLabel={t('complaints.zeroing.filesTarget', { number: complaint.number, item: t(`complaints.zeroing.${filesOf}`) })}
            readOnly={readOnly}
            testId="zeroing-item-files"
          />
        </Modal>
      )}
      {editing && (
        <ZeroingDialog complaintId={complaint.id} item={editing} current={complaint.zeroing[editing]} operator={operator} onClose={() => setEditing(null)} />
      )}
    </TitledCard>
  );
}
