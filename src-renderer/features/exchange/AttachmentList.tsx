import { Stack, Table, Text } from '@mantine/core';
import type { IncomingAttachments } from '../../data/exchange';
import { useT } from '../../i18n/react';
import { sizeText } from './file-size';

/**
 * The file's attachments in the import preview (issue 18.5): how many, the bytes the file carries
 * (each content checked against its SHA-256 while the file was read), and the first ones listed.
 */
export function AttachmentList({ attachments }: { attachments: IncomingAttachments }) {
  const t = useT();
  if (attachments.files === 0) return null;
  const more = attachments.files - attachments.list.length;
  return (
    <Stack gap="xs" data-testid="import-attachments">
      <Text size="sm">{t('exchangeImport.attachments.summary', { count: attachments.files, size: sizeText(attachments.bytes, t) })}</Text>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exchangeImport.attachments.customer')}</Table.Th>
            <Table.Th>{t('exchangeImport.attachments.title')}</Table.Th>
            <Table.Th>{t('exchangeImport.attachments.fileName')}</Table.Th>
            <Table.Th>{t('exchangeImport.attachments.size')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attachments.list.map((a, i) => (
            <Table.Tr key={i}>
              <Table.Td>{a.customer}</Table.Td>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>{a.fileName}</Table.Td>
              <Table.Td>{sizeText(a.size, t)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t('exchangeImport.attachments.more', { count: more })}
        </Text>
      )}
    </Stack>
  );
}
