import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { isReplay, type IncomingFile } from '../../data/exchange';
import { useT } from '../../i18n/react';

/**
 * What the preview must say before 导入 (docs/exchange.md "Sequence numbers and replays"): an older
 * file from the same sender arriving after a newer one (a warning: importing it loses nothing), and
 * a file addressed to another department (imported only once the box is ticked).
 */
export function ImportWarnings({
  file,
  targetConfirmed,
  onTargetConfirmed,
  disabled,
}: {
  file: IncomingFile;
  targetConfirmed: boolean;
  onTargetConfirmed: (confirmed: boolean) => void;
  disabled: boolean;
}) {
  const t = useT();
  const { sequence, otherTarget } = file;
  return (
    <>
      {sequence && isReplay(sequence) && (
        <Alert color="orange" variant="light" data-testid="import-replay">
          <Text size="sm" fw={700}>
            {t(sequence.number === sequence.lastSeen ? 'exchangeChecks.replaySame' : 'exchangeChecks.replayOlder')}
          </Text>
          <Text size="sm">{t('exchangeChecks.replayHint')}</Text>
        </Alert>
      )}
      {otherTarget && (
        <Alert color="orange" variant="light" data-testid="import-other-target">
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('exchangeChecks.otherTarget', { target: otherTarget.department ?? otherTarget.installationId ?? '—' })}
            </Text>
            <Checkbox
              label={t('exchangeChecks.confirmOtherTarget')}
              checked={targetConfirmed}
              disabled={disabled}
              onChange={(e) => onTargetConfirmed(e.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
    </>
  );
}
