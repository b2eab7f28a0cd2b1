import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useState } from 'react';
import { applyCard, previewSignerCard, SignerCardMismatchError, type CardPreview } from '../../data/exchange';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { KeyCardTable } from './KeyCardTable';
import { exchangeErrorMessage } from './messages';
import { ProblemAlert } from './ProblemAlert';

/**
 * On the unknown-signer step of an import: "also add to the directory". An exchange file carries
 * no age recipient, so the entry needs the department's key card; the card must hold the key that
 * signed the file. Accepting then adds the entry and reads the file again, now from a known signer.
 */
export function SignerCardStep({
  signerPublicKey,
  signerFingerprint,
  operator,
  onAdded,
}: {
  signerPublicKey: string;
  signerFingerprint: string;
  operator: string;
  onAdded: () => void;
}) {
  const t = useT();
  const session = useSession();
  const [preview, setPreview] = useState<CardPreview | null>(null);
  const [problem, setProblem] = useState<{ key: MessageKey; details: string[] } | null>(null);

  const choose = async () => {
    setProblem(null);
    setPreview(null);
    try {
      const file = await session.host.openFile({ title: t('exchangeImport.choose'), filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!file) return;
      setPreview(await previewSignerCard(session.db, new TextDecoder().decode(file.bytes), session.installation, signerPublicKey));
    } catch (error) {
      if (error instanceof SignerCardMismatchError)
        setProblem({ key: 'exchangeImport.mismatch', details: [t('exchangeImport.fingerprints', { card: error.cardFingerprint, file: signerFingerprint })] });
      else setProblem(error instanceof HostError ? { key: `hostError.${error.code}`, details: [] } : exchangeErrorMessage(error, 'exchange.card.failed'));
    }
  };

  const acceptAndAdd = async () => {
    if (!preview) return;
    await applyCard(session.db, preview, writeContextOf(session, operator));
    onAdded();
  };

  return (
    <Stack gap="xs" data-testid="signer-card-step">
      <Text size="sm">{t('exchangeImport.intro')}</Text>
      <Group>
        <Button variant="default" size="xs" leftSection={<IconAddressBook size={16} />} onClick={choose}>
          {t('exchangeImport.choose')}
        </Button>
      </Group>
      {problem && <ProblemAlert problem={problem} title={t('exchangeImport.notAdded')} />}
      {preview && (
        <>
          <KeyCardTable card={preview.card} />
          <Alert color="blue" variant="light">
            {preview.existing
              ? t('exchangeImport.willUpdate', { name: preview.existing.name })
              : t('exchangeImport.willAdd', { name: preview.card.department })}
          </Alert>
          <Group>
            <Button onClick={acceptAndAdd}>{t('exchangeImport.acceptAndAdd')}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
