import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconRestore } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ConfigBodies, ConfigKind } from '../../../data/grading';
import { useT } from '../../../i18n/react';
import { ToneBadge } from '../../../ui/ToneBadge';
import { useFormat } from '../../../ui/hooks/use-format';
import { useCan } from '../../../ui/hooks/use-can';
import { ApprovalModal, type ApprovalRequest } from './ApprovalModal';
import { savedAtOf } from './config-form';
import { isDefaultBody } from './defaults';
import type { ConfigState } from './use-grading-config';
import { VersionHistory } from './VersionHistory';

interface ConfigEditorProps<K extends ConfigKind> {
  kind: K;
  state: ConfigState<K>;
  dirty: boolean;
  /** Checks the edited rules with the schema (marking what is wrong); the body to save, or null. */
  prepare: () => unknown;
  /** Whether the schema refuses the edited rules (known from the first save attempt on): the hint above the buttons. */
  invalid: boolean;
  onDiscard: () => void;
  renderVersion: (body: ConfigBodies[K]) => ReactNode;
  children: ReactNode;
}

/**
 * The frame each rules panel shares: the version in force and who approved it when, the edited
 * form under its introduction, 保存为新版本 / 恢复默认值 (both through a department head's approval), and the history.
 * A user who may not approve rules (查阅, 客户经理…) reads the version in force instead of a form with no way to save it.
 */
export function ConfigEditor<K extends ConfigKind>({ kind, state, dirty, prepare, invalid, onDiscard, renderVersion, children }: ConfigEditorProps<K>) {
  const t = useT();
  const format = useFormat();
  const [request, setRequest] = useState<ApprovalRequest | null>(null);
  const mayApprove = useCan('rules.approve');
  const { current } = state;
  return (
    <Stack gap="md">
      <Group gap="xs" data-testid={`${kind}-current`}>
        <Text size="sm" fw={600}>
          {t('gradingRules.current')}
          {current.record
            ? t('gradingRules.current.saved', { version: current.version, name: current.record.approvedBy, when: format.instant(savedAtOf(current.record)) })
            : t(`gradingRules.current.default.${kind}`, { version: current.version })}
        </Text>
        {dirty && <ToneBadge color="yellow">{t('gradingRules.unsaved')}</ToneBadge>}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`gradingRules.${kind}.intro`)}
      </Text>
      {mayApprove ? children : <div data-testid={`${kind}-in-force`}>{renderVersion(current.body)}</div>}
      {mayApprove && invalid && (
        <Alert color="red" variant="light" role="alert">
          {t('validation.fixErrors')}
        </Alert>
      )}
      {mayApprove && (
        <Group justify="flex-end" gap="xs">
          {dirty && (
            <Button variant="subtle" color="gray" onClick={onDiscard}>
              {t('gradingRules.discard')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconRestore size={16} />}
            disabled={isDefaultBody(kind, current.body)}
            onClick={() => setRequest({ mode: 'restore' })}
          >
            {t(`gradingRules.restore.${kind}`)}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            disabled={!dirty}
            onClick={() => {
              const body = prepare();
              if (body !== null) setRequest({ mode: 'save', body });
            }}
          >
            {t('gradingRules.saveVersion')}
          </Button>
        </Group>
      )}
      <VersionHistory kind={kind} state={state} renderVersion={renderVersion} />
      {request && <ApprovalModal kind={kind} request={request} nextVersion={current.version + 1} onClose={() => setRequest(null)} />}
    </Stack>
  );
}
