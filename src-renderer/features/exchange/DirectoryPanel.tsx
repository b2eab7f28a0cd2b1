import { ActionIcon, Button, Card, Code, Group, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconFileDownload, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { can } from '../../core/accounts';
import type { Department } from '../../core/exchange/department';
import { formatDate } from '../../core/format';
import { keyFingerprint } from '../../core/keys';
import type { Profile } from '../../core/profile';
import { exportMyCard, listDepartments, removeDepartment } from '../../data/exchange';
import { HostError } from '../../host';
import { useT } from '../../i18n/react';
import { usePreferences } from '../../state/preferences';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { useUnlockedInstallation } from '../key-lock';
import { CardImport } from './CardImport';
import { keyCardFileName, shortRecipient } from './file-names';
import { notify } from '../../ui/notify';
import { ProblemAlert } from './ProblemAlert';

/**
 * 部门通讯录: whom files can be locked for and whose signatures are trusted; this PC's own card.
 * Adding, updating and removing entries is the security administrator's ('keys.directory', issue
 * 15.3; the repository refuses anyone else): other users see the list read-only. This PC's own card
 * (public keys, signed like every exchange file) may be saved by anyone who reaches the page.
 */
export function DirectoryPanel({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const session = useSession();
  const actor = useActor();
  const manages = can(actor, 'keys.directory');
  const unlockInstallation = useUnlockedInstallation();
  const departments = useLiveQuery(() => listDepartments(session.db), [session.db]);
  const [removing, setRemoving] = useState<Department | null>(null);
  const [hostProblem, setHostProblem] = useState<HostError | null>(null);
  const own = keyFingerprint(session.installation.keys.signingPublicKey);

  const saveCard = async () => {
    setHostProblem(null);
    // The card is signed with this installation's signing key: asked once per session.
    const installation = await unlockInstallation();
    if (!installation) return;
    try {
      const { text } = exportMyCard(installation, profile);
      const saved = await session.host.saveFile({
        suggestedName: keyCardFileName(profile.department),
        bytes: new TextEncoder().encode(text),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (saved.saved) notify('green', t('exchange.directory.cardSaved', { name: saved.name }));
    } catch (error) {
      if (error instanceof HostError) setHostProblem(error);
      else throw error;
    }
  };

  const remove = async () => {
    if (!removing) return;
    await removeDepartment(session.db, removing.id, writeContextOf(session, actor));
    notify('gray', t('exchange.directory.removed', { name: removing.name }));
    setRemoving(null);
  };

  return (
    <Stack>
      <Card withBorder padding="md">
        <Text size="sm" c="dimmed">
          {t('exchange.directory.ownFingerprint')}
        </Text>
        <Code fz={26} fw={700} data-testid="own-fingerprint" bg="transparent" p={0}>
          {own}
        </Code>
        <Text size="sm" c="dimmed" mt={4}>
          {t('exchange.directory.ownHint')}
        </Text>
        <Group mt="sm">
          <Button leftSection={<IconFileDownload size={18} />} onClick={saveCard}>
            {t('exchange.directory.exportCard')}
          </Button>
          {manages && <CardImport />}
        </Group>
      </Card>
      {hostProblem && <ProblemAlert problem={{ key: `hostError.${hostProblem.code}`, details: [] }} />}
      <Title order={3} size="h4">
        {t('exchange.directory.title')}
      </Title>
      {!manages && (
        <Text size="sm" c="dimmed" data-testid="directory-read-only">
          {t('exchange.directory.readOnly')}
        </Text>
      )}
      {departments && departments.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="directory-empty">
          {t('exchange.directory.emptyHint')}
        </Text>
      ) : (
        <Table withTableBorder striped data-testid="directory">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('exchange.directory.name')}</Table.Th>
              <Table.Th>{t('exchange.directory.organisation')}</Table.Th>
              <Table.Th>{t('exchange.directory.fingerprint')}</Table.Th>
              <Table.Th>{t('exchange.directory.recipient')}</Table.Th>
              <Table.Th>{t('exchange.directory.added')}</Table.Th>
              <Table.Th>{t('exchange.directory.updated')}</Table.Th>
              {manages && <Table.Th aria-label={t('exchange.directory.actions')} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(departments ?? []).map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>{d.organisation}</Table.Td>
                <Table.Td>
                  <Code>{d.fingerprint}</Code>
                </Table.Td>
                <Table.Td>
                  <Code title={d.ageRecipient}>{shortRecipient(d.ageRecipient)}</Code>
                </Table.Td>
                <Table.Td>{formatDate(d.createdAt, locale)}</Table.Td>
                <Table.Td>{formatDate(d.updatedAt, locale)}</Table.Td>
                {manages && (
                  <Table.Td>
                    <Tooltip label={t('exchange.directory.remove')}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('exchange.directory.removeOne', { name: d.name })} onClick={() => setRemoving(d)}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('exchange.directory.remove')}>
        <Stack>
          <Text size="sm">{t('exchange.directory.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={remove}>
              {t('exchange.directory.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
