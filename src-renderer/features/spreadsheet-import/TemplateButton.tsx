import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { buildImportTemplate, TEMPLATE_FILE_NAME } from '../../core/spreadsheet';
import { useT } from '../../i18n/react';
import { useSession } from '../../state/session';
import { notify } from '../../ui/notify';

/**
 * 下载导入模板 (issue 16.5): the headers the importer recognises and one example row (core builds it).
 * It holds no archive data, so it is saved as it is, without a 份号.
 */
export function TemplateButton() {
  const t = useT();
  const { host } = useSession();
  const download = async () => {
    const saved = await host.saveFile({
      suggestedName: TEMPLATE_FILE_NAME,
      bytes: new Uint8Array(await buildImportTemplate()),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    if (saved.saved) notify('green', t('spreadsheetImport.templateSaved', { name: saved.name }));
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void download()} data-testid="import-template">
      {t('spreadsheetImport.template')}
    </Button>
  );
}
