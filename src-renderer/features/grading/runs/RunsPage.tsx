import { Button, Loader, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../../../i18n/react';
import { useSession } from '../../../state/session';
import { GradingHeader } from '../GradingHeader';
import { DraftModal } from './DraftModal';
import { RunsTable } from './RunsTable';
import { runsWithNames } from './runs-data';

/** 定级批次: the runs, and the call to grade every customer as a draft for a department head to approve. */
export function RunsPage() {
  const t = useT();
  const { db } = useSession();
  const [, navigate] = useLocation();
  const [drafting, setDrafting] = useState(false);
  const data = useLiveQuery(() => runsWithNames(db), [db]);
  const openDraft = data?.runs.some((r) => r.kind === 'batch' && r.status === 'draft') ?? false;
  const start = (
    <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setDrafting(true)}>
      {t('gradingSection.draft.open')}
    </Button>
  );
  return (
    <Stack gap="md">
      <GradingHeader current="runs" actions={start} />
      <Text size="sm" c="dimmed">
        {t('gradingSection.runs.intro')}
      </Text>
      {data === undefined ? <Loader aria-label={t('gradingSection.loading')} /> : <RunsTable runs={data.runs} names={data.names} />}
      {drafting && <DraftModal openDraft={openDraft} onClose={() => setDrafting(false)} onCreated={(id) => navigate(`/grading/runs/${id}`)} />}
    </Stack>
  );
}
