import { Button, Loader, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../../../i18n/react';
import { useSession } from '../../../state/session';
import { useCan } from '../../../ui/hooks/use-can';
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
  // 发起年度定级 drafts a run: hidden from who may not (查阅), whose empty list then does not invite to start one.
  const mayDraft = useCan('grading.draft');
  const data = useLiveQuery(() => runsWithNames(db), [db]);
  const openDraft = data?.runs.some((r) => r.kind === 'batch' && r.status === 'draft') ?? false;
  const start = mayDraft && (
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
      {data === undefined ? <Loader aria-label={t('gradingSection.loading')} /> : <RunsTable runs={data.runs} names={data.names} canDraft={mayDraft} />}
      {drafting && <DraftModal openDraft={openDraft} onClose={() => setDrafting(false)} onCreated={(id) => navigate(`/grading/runs/${id}`)} />}
    </Stack>
  );
}
