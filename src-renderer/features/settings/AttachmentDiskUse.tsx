import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { attachmentDiskUse } from '../../data/attachments';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { formatFileSize } from '../../ui/attachments/file-checks';

/** 附件占用空间 (issue 18.2): the stored files (each content once, deleted ones' kept for a restore) and their size. */
export function AttachmentDiskUse() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const use = useLiveQuery(() => attachmentDiskUse(db), [db]);
  if (!use) return null;
  return (
    <Text size="sm" data-testid="attachment-disk-use">
      {t('settings.attachmentDiskUse', { files: use.files, size: formatFileSize(use.bytes, t, locale) })}
    </Text>
  );
}
