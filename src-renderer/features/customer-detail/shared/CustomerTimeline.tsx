import { Button, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconAlertCircle,
  IconArrowsExchange,
  IconBulb,
  IconClipboardList,
  IconMessage,
  IconPaperclip,
  IconPhone,
  IconStairsUp,
  IconTool,
  IconTruckDelivery,
  IconUsers,
  IconWalk,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useState, type ComponentType } from 'react';
import type { TimelineItem } from '../../../core/timeline';
import type { InteractionKind } from '../../../core/model';
import { customerTimeline } from '../../../data/customers';
import type { Translate } from '../../../i18n';
import { attachmentKindLabel, complaintStatusLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { OverdueFlag } from '../../../ui/ComplaintOverdueFlag';
import { useArchive } from '../../../ui/hooks/use-archive';
import { useFormat } from '../../../ui/hooks/use-format';
import { departmentLabel, interactionKindLabel, requirementStatusLabel } from '../../../i18n/enum-labels';

type Icon = ComponentType<{ size?: number }>;
const INTERACTION_ICON: Record<InteractionKind, Icon> = {
  visit: IconWalk,
  call: IconPhone,
  meeting: IconUsers,
  tech_exchange: IconBulb,
  delivery: IconTruckDelivery,
  after_sales: IconTool,
  other: IconMessage,
};
const KIND_ICON: Record<Exclude<TimelineItem['kind'], 'interaction'>, Icon> = {
  requirement: IconClipboardList,
  handover: IconArrowsExchange,
  complaint: IconAlertCircle,
  grade_change: IconStairsUp,
  attachment: IconPaperclip,
};
const KIND_COLOR: Record<TimelineItem['kind'], string> = {
  interaction: 'office',
  requirement: 'teal',
  handover: 'grape',
  complaint: 'red',
  grade_change: 'orange',
  attachment: 'gray',
};

/** What one item says: its heading and one line of substance. */
function describe(item: TimelineItem, t: Translate): { title: string; body: string } {
  switch (item.kind) {
    case 'interaction':
      return { title: t(interactionKindLabel(item.record.kind)), body: item.record.summary };
    case 'requirement':
      return {
        title: t('detail.timeline.requirement', { title: item.record.title }),
        body: `${t(departmentLabel(item.record.department))} · ${t(requirementStatusLabel(item.record.status))}`,
      };
    case 'handover':
      return {
        title: t('detail.timeline.handover', { from: item.record.fromManagerName || t('field.noManager'), to: item.record.toManagerName }),
        body: item.record.reason,
      };
    case 'complaint':
      return {
        title: `${t('detail.timeline.complaint', { number: item.record.number })} · ${t(complaintStatusLabel(item.record.status))}`,
        body: item.record.description,
      };
    case 'grade_change':
      return {
        title: t('detail.timeline.gradeChange', { from: item.record.previousGrade ?? t('grade.none'), to: item.record.grade }),
        body: item.record.reason,
      };
    case 'attachment':
      return {
        title: t('detail.timeline.attachment', { title: item.record.title }),
        body: `${t(attachmentKindLabel(item.record.kind))} · ${item.record.fileName}`,
      };
  }
}

/**
 * A customer's timeline as its page read it, live (CustomerPage reads it together with the customer,
 * so the page is drawn once with both); a timeline of that customer shows it instead of reading its own.
 */
export const PageTimeline = createContext<{ customerId: string; items: TimelineItem[] } | null>(null);

/** Items shown at first and added by each 更多 click: a customer of many years has hundreds. */
const PAGE = 100;

/**
 * A customer's story, newest first: interactions, requirements, handovers, grade changes, files
 * added and complaints (with their 逾期 flag). `first` items at first (the overview shows the latest few), then more
 * on request (`onMore` replaces the 更多 button, e.g. to switch to the full timeline tab).
 */
export function CustomerTimeline({ customerId, first = PAGE, onMore }: { customerId: string; first?: number; onMore?: () => void }) {
  const t = useT();
  const f = useFormat();
  const { db } = useArchive();
  // The page read this customer's timeline with the customer (live, as this query would be): no second read.
  const page = useContext(PageTimeline);
  const fromPage = page?.customerId === customerId ? page.items : undefined;
  const readOwn = fromPage === undefined;
  const own = useLiveQuery(async () => (readOwn ? customerTimeline(db, customerId) : undefined), [db, customerId, readOwn]);
  const items = fromPage ?? own;
  const [shown, setShown] = useState(first);
  const now = new Date();
  if (!items) return null;
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="timeline-empty">
        {t('detail.timeline.empty')}
      </Text>
    );
  }
  const more = items.length - shown;
  return (
    <Stack gap="sm" align="flex-start">
      <Timeline bulletSize={28} lineWidth={2} data-testid="timeline">
        {items.slice(0, shown).map((item) => {
          const Icon = item.kind === 'interaction' ? INTERACTION_ICON[item.record.kind] : KIND_ICON[item.kind];
          const { title, body } = describe(item, t);
          return (
            <Timeline.Item
              key={`${item.kind}-${item.id}`}
              data-kind={item.kind}
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light" color={KIND_COLOR[item.kind]}>
                  <Icon size={16} />
                </ThemeIcon>
              }
              title={title}
            >
              {item.kind === 'complaint' && <OverdueFlag complaint={item.record} now={now} />}
              <Text size="xs" c="dimmed">
                {f.day(item.date)}
              </Text>
              {body && (
                <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                  {body}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {more > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={onMore ?? (() => setShown((n) => n + PAGE))}>
          {onMore ? t('detail.timeline.all', { count: items.length }) : t('detail.timeline.more', { count: Math.min(more, PAGE) })}
        </Button>
      )}
    </Stack>
  );
}
