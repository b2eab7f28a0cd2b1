import { Group } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isValidIsoDate } from '../../../core/customers';
import { todayIso } from '../../../core/format';
import type { Profile } from '../../../core/profile';
import { recordsMark } from '../../../core/reports';
import { complaintStatsOfPeriod } from '../../../data/reports';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { DayInput } from '../../../ui/DayInput';
import { normaliseDay } from '../../../ui/format';
import { ReportPreview } from '../preview/ReportPreview';
import { reportFormat } from '../report-format';
import { ComplaintStatsReport } from './ComplaintStatsReport';
import { useReadScope } from '../../../state/read-scope';

/**
 * 投诉统计 of a period (A4 portrait): from the first of January to today unless chosen. A period
 * whose days are not valid, or that ends before it starts, is refused at the inputs and nothing is read.
 */
export function ComplaintStatsPreview({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const fromOk = isValidIsoDate(from);
  const toOk = isValidIsoDate(to);
  const orderOk = !fromOk || !toOk || from <= to;
  const valid = fromOk && toOk && orderOk;
  // Only the customers within the reader's data scope (issue 15.3): a 本人 account prints its own.
  const scope = useReadScope();
  const data = useLiveQuery(
    async () => (valid ? { from, to, ...(await complaintStatsOfPeriod(db, from, to, new Date(), scope)) } : null),
    [db, from, to, valid, scope],
  );
  const shown = data && data.from === from && data.to === to ? data : null;
  const format = reportFormat(locale);
  const period = t('reports.complaints.period', { from: format.day(from), to: format.day(to) });
  const title = t('reports.complaints.title');
  return (
    <ReportPreview
      profile={profile}
      report="complaints"
      title={title}
      params={{ from, to }}
      floor={shown ? recordsMark(shown.levels) : null}
      orientation="portrait"
      options={
        <Group gap="md" align="flex-start">
          <DayInput
            label={t('reports.option.from')}
            value={from}
            onChange={(v) => setFrom(normaliseDay(v))}
            error={fromOk ? undefined : t('validation.date')}
            w={200}
          />
          <DayInput
            label={t('reports.option.to')}
            value={to}
            onChange={(v) => setTo(normaliseDay(v))}
            error={!toOk ? t('validation.date') : !orderOk ? t('reports.error.periodOrder') : undefined}
            w={200}
          />
        </Group>
      }
    >
      {shown && <ComplaintStatsReport stats={shown.statistics} title={title} period={period} format={format} />}
    </ReportPreview>
  );
}
