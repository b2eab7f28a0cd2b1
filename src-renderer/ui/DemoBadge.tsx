import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isDemoActive, leaveDemo } from '../data/active-database';
import { useT } from '../i18n/react';
import { useSession } from '../state/session';

/**
 * The demo's colour: apart from the classification marks' grey, blue, orange and red, and white text on it
 * passes WCAG AA (7.6:1) in both schemes.
 */
export const DEMO_COLOR = 'grape.9';

/**
 * The 演示数据 mark (issue 17.2), on every screen while the demo database is in use (the shell's header,
 * the start screens' card), with 退出演示: after a confirmation the demo is deleted and the app reopens
 * the real archive it was entered from (data/active-database.ts). Nothing while the real archive is in use.
 */
export function DemoBadge() {
  const t = useT();
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [leaving, setLeaving] = useState(false);
  if (!isDemoActive()) return null;
  const leave = async () => {
    setLeaving(true);
    // The demo database is deleted: this window's connection to it is closed first. The pointer moves back
    // before the delete, so the reload opens the real archive even if the delete fails (the next start retries it).
    session.db.close();
    await leaveDemo().catch(() => undefined);
    window.location.reload();
  };
  return (
    <Group gap="xs" wrap="nowrap" data-testid="demo-badge">
      <Badge color={DEMO_COLOR} variant="filled" size="lg" radius="sm" title={t('demo.badgeTitle')}>
        {t('demo.badge')}
      </Badge>
      <Button size="compact-sm" variant="default" onClick={() => setConfirming(true)}>
        {t('demo.leave')}
      </Button>
      <Modal opened={confirming} onClose={() => !leaving && setConfirming(false)} title={t('demo.leaveTitle')} centered>
        <Stack>
          <Text size="sm">{t('demo.leaveConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={leaving}>
              {t('common.cancel')}
            </Button>
            <Button color={DEMO_COLOR} loading={leaving} onClick={() => void leave()}>
              {t('demo.leave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
