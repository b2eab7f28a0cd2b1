import { Badge, Code, Group } from '@mantine/core';
import { useT } from '../../i18n/react';
import { LabelledTable } from '../../ui/LabelledTable';

/**
 * The two fingerprints the user compares before trusting an unknown signer: the one that signed
 * the file and the one on the key card offered for it, one under the other so that group by group
 * they can be checked at a glance (and read to the sender over the phone).
 */
export function FingerprintPair({ file, card }: { file: string; card: string }) {
  const t = useT();
  const same = file === card;
  return (
    <LabelledTable
      testId="fingerprint-pair"
      labelWidth={150}
      rows={[
        [
          t('keyTrust.fileSigner'),
          <Code fz="md" fw={700}>
            {file}
          </Code>,
        ],
        [
          t('keyTrust.cardFingerprint'),
          <Code fz="md" fw={700}>
            {card}
          </Code>,
        ],
        [
          t('keyTrust.comparison'),
          <Group gap="xs">
            <Badge color={same ? 'teal.9' : 'red.9'} variant="filled">
              {t(same ? 'keyTrust.same' : 'keyTrust.different')}
            </Badge>
          </Group>,
        ],
      ]}
    />
  );
}
