import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { useT } from '../../i18n/react';

/** The customer list's way in to 导入表格 (shown to those who may create customers). */
export function ImportSheetButton() {
  const t = useT();
  const [, navigate] = useLocation();
  return (
    <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => navigate('/import')} data-testid="customers-import">
      {t('spreadsheetImport.fromList')}
    </Button>
  );
}
