import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { applyCard, previewCard, type CardPreview } from '../../data/exchange';
import { HostError } from '../../host';
import { isMessageKey, type MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { exchangeErrorMessage } from './messages';
import { notify } from '../../ui/notify';
import { ProblemAlert } from './ProblemAlert';
import { KeyCardTable } from './KeyCardTable';

/** 导入公钥卡片: open a card file → verify it and show what it adds or changes → confirm. */
export function CardImport() {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const [preview, setPreview] = useState<CardPreview | null>(null);
  const [problem, setProblem] = useState<{ key: MessageKey; details: string[] } | null>(null);

  const open = async () => {
    setProblem(null);
    try {
      const file = await session.host.openFile({ title: t('exchange.directory.importCard'), filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!file) return;
      setPreview(await previewCard(session.db, new TextDecoder().decode(file.bytes), session.installation));
    } catch (error) {
      setProblem(error instanceof HostError ? { key: `hostError.${error.code}`, details: [] } : exchangeErrorMessage(error, 'exchange.card.failed'));
    }
  };

  const confirm = async () => {
    if (!preview) return;
    const saved = await applyCard(session.db, preview, writeContextOf(session, actor));
    notify('green', t(preview.existing ? 'exchange.card.updated' : 'exchange.card.added', { name: saved.name }));
    setPreview(null);
  };

  const card = preview?.card;
  const unchanged = preview !== null && preview.existing !== null && preview.changes.length === 0;
  return (
    <>
      <Button variant="default" leftSection={<IconFileUpload size={18} />} onClick={open}>
        {t('exchange.directory.importCard')}
      </Button>
      {problem && <ProblemAlert problem={problem} />}
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title={t('exchange.directory.importCard')} size="lg">
        {preview && card && (
          <Stack>
            <KeyCardTable card={card} />
            {preview.isOwn ? (
              <Alert color="gray" variant="light">
                {t('exchange.card.own')}
              </Alert>
            ) : preview.existing === null ? (
              <Alert color="blue" variant="light">
                {t('exchange.card.willAdd')}
              </Alert>
            ) : unchanged ? (
              <Alert color="gray" variant="light">
                {t('exchange.card.same', { name: preview.existing.name })}
              </Alert>
            ) : (
              <Alert color="orange" variant="light">
                {t('exchange.card.willUpdate', {
                  name: preview.existing.name,
                  fields: preview.changes.map((f) => (isMessageKey(`exchange.card.field.${f}`) ? t(`exchange.card.field.${f}` as MessageKey) : f)).join('、'),
                })}
              </Alert>
            )}
            <Text size="sm">{t('exchange.card.checkByPhone')}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={confirm} disabled={preview.isOwn || unchanged}>
                {t(preview.existing ? 'exchange.card.confirmUpdate' : 'exchange.card.confirmAdd')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
