import { Alert, Stack } from '@mantine/core';
import { useT } from '../../../i18n/react';
import { Link } from '../../../ui/Link';

/** A report of a record that does not exist (a stale link): said plainly, with the way back. */
export function MissingReport({ message }: { message: string }) {
  const t = useT();
  return (
    <Stack gap="sm" maw={640}>
      <Alert color="orange" data-testid="report-missing">
        {message}
      </Alert>
      <Link href="#/reports">{t('reports.back')}</Link>
    </Stack>
  );
}
