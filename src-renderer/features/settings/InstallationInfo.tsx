import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { formatDateTime } from '../../core/format';
import { keyFingerprint } from '../../core/keys';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession } from '../../state/session';
import { LabelledTable } from '../../ui/LabelledTable';

function Copyable({ value }: { value: string }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
            <ActionIcon variant="subtle" size="sm" onClick={copy} aria-label={t('common.copy')}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** Facts of this installation: id, public keys, where the data lives, how it runs. */
export function InstallationInfo() {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { installation, appInfo } = useSession();
  const location = appInfo.shell === 'browser' ? t('storage.browserLocation', { origin: appInfo.dataLocation }) : appInfo.dataLocation;
  const rows: [string, React.ReactNode][] = [
    [t('install.id'), <Copyable value={installation.installationId} />],
    [t('install.createdAt'), formatDateTime(installation.createdAt, locale)],
    [t('install.signingKey'), <Copyable value={keyFingerprint(installation.keys.signingPublicKey)} />],
    [t('install.ageRecipient'), <Copyable value={installation.keys.ageRecipient} />],
    [t('install.shell'), t(appInfo.shell === 'electron' ? 'install.shell.electron' : 'install.shell.browser')],
    [t('install.version'), appInfo.version],
    [t('install.dataLocation'), location],
  ];
  return <LabelledTable rows={rows} labelWidth={200} fixed />;
}
