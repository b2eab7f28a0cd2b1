import { Progress, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/react';

/**
 * One KiB of attachment weighs as much on the bar as one record: both take about 50 µs to write here
 * (the export writes ≈ 20,000 records/s and ≈ 20 MB/s of attachments, hashing included), so the bar
 * moves evenly through a file's records and then its attachments.
 */
const BYTES_PER_RECORD = 1024;

/**
 * Progress of writing or reading an archive file: the bar, and a line of text — while nothing is
 * counted yet (scrypt takes about a second first) the caller says so in `waiting`. A file that carries
 * attachments (issue 18.5) adds their megabytes once the records are written.
 */
export function WorkProgress({
  done,
  total,
  attachmentBytes,
  label,
  waiting,
  counting,
}: {
  done: number;
  total: number;
  attachmentBytes?: { done: number; total: number };
  label: string;
  waiting: string;
  counting: string;
}) {
  const t = useT();
  const bytes = attachmentBytes ?? { done: 0, total: 0 };
  const units = total + bytes.total / BYTES_PER_RECORD;
  const value = units > 0 ? (100 * (done + bytes.done / BYTES_PER_RECORD)) / units : 0;
  const megabytes = (n: number) => Math.round(n / 1e6);
  return (
    <Stack gap={4}>
      <Progress value={value} animated aria-label={label} />
      <Text size="sm" c="dimmed">
        {done === 0 ? waiting : counting}
        {bytes.done > 0 && ` ${t('common.progressAttachments', { done: megabytes(bytes.done), total: megabytes(bytes.total) })}`}
      </Text>
    </Stack>
  );
}
