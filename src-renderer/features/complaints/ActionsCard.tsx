import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { allowedActions, blockedActions, type ComplaintAction, type TransitionRefusal } from '../../core/complaints';
import type { Locale } from '../../core/locale';
import type { ComplaintRecord } from '../../data/complaints';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n/react';
import { DANGER_TEXT } from '../../ui/OverdueBadge';
import { TitledCard } from '../../ui/TitledPanel';
import { joinList } from '../../ui/format';
import { useFormat } from '../../ui/hooks/use-format';
import { ActionDialog } from './ActionDialog';

/** Why a legal step is held back, in words: 归零未完成：缺 定位准确、机理清楚… */
function whyBlocked(refusal: TransitionRefusal, t: Translate, locale: Locale): string {
  if (refusal.missing?.length)
    return t('complaints.page.missing', {
      items: joinList(
        refusal.missing.map((id) => t(`complaints.zeroing.${id}`)),
        locale,
      ),
    });
  return t(refusal.code);
}

/** The steps the workflow allows now as buttons; the held-back ones disabled, with the reason beside them. */
export function ActionsCard({ complaint, readOnly }: { complaint: ComplaintRecord; readOnly: boolean }) {
  const t = useT();
  const { locale } = useFormat();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const allowed = allowedActions(complaint);
  const blocked = blockedActions(complaint);
  return (
    <TitledCard id="complaint-actions" title={t('complaints.page.actions')}>
      {allowed.length === 0 && blocked.length === 0 && <Text c="dimmed">{t('complaints.page.noActions')}</Text>}
      <Group gap="xs">
        {allowed.map((action) => (
          <Button
            key={action}
            variant={action === 'reject' || action === 'reopen' ? 'default' : 'filled'}
            disabled={readOnly}
            onClick={() => setOpen(action)}
            data-action={action}
          >
            {t(`complaints.action.${action}`)}
          </Button>
        ))}
        {blocked.map((r) => (
          <Button key={r.action} disabled data-action={r.action} aria-describedby={`blocked-${r.action}`}>
            {t(`complaints.action.${r.action}`)}
          </Button>
        ))}
      </Group>
      {blocked.map((r) => (
        <Text key={r.action} size="sm" c={DANGER_TEXT} id={`blocked-${r.action}`} data-testid="blocked-reason">
          {t('complaints.page.blocked', { action: t(`complaints.action.${r.action}`), why: whyBlocked(r, t, locale) })}
        </Text>
      ))}
      {/* A dialog renders in a portal: inside the card's stack it adds no gap. */}
      {open && <ActionDialog complaintId={complaint.id} action={open} onClose={() => setOpen(null)} />}
    </TitledCard>
  );
}
