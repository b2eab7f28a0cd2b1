import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useState } from 'react';
import { applyCard, previewSignerCard, SignerCardMismatchError, type CardPreview } from '../../data/exchange';
import { HostError } from '../../host';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/react';
import { useSession, writeContextOf } from '../../state/session';
import { useActor } from '../../state/signed-in';
import { FingerprintPair } from './FingerprintPair';
import { KeyCardTable } from './KeyCardTable';
import { exchangeErrorMessage } from './messages';
import { ProblemAlert } from './ProblemAlert';

type Offered = { preview: CardPreview } | { mismatch: string };

/**
 * The only way past an unknown signer (issue 14.10): its department's key card. An exchange file
 * carries no age recipient, so the directory entry needs the card anyway; the card must hold the
 * very key that signed the file — a card of another installation is refused, both fingerprints
 * shown. Once the user has checked the fingerprint by phone, the entry is added (or updated) and
 * the file read again, now from a known signer.
 */
export function SignerCardStep({ signerPublicKey, signerFingerprint, onAdded }: { signerPublicKey: string; signerFingerprint: string; onAdded: () => void }) {
  const t = useT();
  const session = useSession();
  const actor = useActor();
  const [offered, setOffered] = useState<Offered | null>(null);
  const [problem, setProblem] = useState<{ key: MessageKey; details: string[] } | null>(null);

  const choose = async () => {
    setProblem(null);
    setOffered(null);
    try {
      const file = await session.host.openFile({ title: t('exchangeImport.choose'), filters: [{ name: 'JSON', extensions: ['json'] }] });
      if (!file) return;
      setOffered({ preview: await previewSignerCard(session.db, new TextDecoder().decode(file.bytes), session.installation, signerPublicKey) });
    } catch (error) {
      if (error instanceof SignerCardMismatchError) {
        setOffered({ mismatch: error.cardFingerprint });
        setProblem({ key: 'exchangeImport.mismatch', details: [t('exchangeImport.fingerprints', { card: error.cardFingerprint, file: signerFingerprint })] });
      } else setProblem(error instanceof HostError ? { key: `hostError.${error.code}`, details: [] } : exchangeErrorMessage(error, 'exchange.card.failed'));
    }
  };

  const preview = offered && 'preview' in offered ? offered.preview : null;
  const cardFingerprint = offered === null ? null : 'preview' in offered ? offered.preview.card.fingerprint : offered.mismatch;
  const acceptAndAdd = async () => {
    if (!preview) return;
    await applyCard(session.db, preview, writeContextOf(session, actor));
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
      {cardFingerprint !== null && <FingerprintPair file={signerFingerprint} card={cardFingerprint} />}
      {preview && (
        <>
          <KeyCardTable card={preview.card} />
          <Alert color="blue" variant="light">
            {preview.existing
              ? t('exchangeImport.willUpdate', { name: preview.existing.name })
              : t('exchangeImport.willAdd', { name: preview.card.department })}
          </Alert>
          <Text size="sm">{t('keyTrust.checkByPhone')}</Text>
          <Group>
            <Button onClick={acceptAndAdd}>{t('exchangeImport.acceptAndAdd')}</Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
