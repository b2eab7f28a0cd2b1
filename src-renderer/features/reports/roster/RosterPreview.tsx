import { Group, Select } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { CUSTOMER_TYPES, type CustomerType } from '../../../core/model';
import type { Profile } from '../../../core/profile';
import { groupRoster, recordsMark } from '../../../core/reports';
import { listManagers } from '../../../data/customers';
import { gradedRoster, rosterYears } from '../../../data/reports';
import { customerTypeLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { ReportPreview } from '../preview/ReportPreview';
import { YearSelect } from '../preview/YearSelect';
import { reportFormat } from '../report-format';
import { RosterReport } from './RosterReport';
import { rosterExportSource } from './roster-export';
import { ExportTableButton } from '../../../ui/ExportTableButton';
import { useReadScope } from '../../../state/read-scope';

const ALL = 'all';
const NO_MANAGER = 'none';

/** 客户分级名册 of a year (landscape: nine columns), filterable by manager and customer type. */
export function RosterPreview({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const years = useLiveQuery(() => rosterYears(db), [db]);
  const managers = useLiveQuery(() => listManagers(db), [db]) ?? [];
  const [picked, setPicked] = useState<number | null>(null);
  const [manager, setManager] = useState(ALL);
  const [type, setType] = useState(ALL);
  const year = picked ?? years?.[0] ?? null;
  // Only the customers within the reader's data scope (issue 15.3): a 本人 account prints its own.
  const scope = useReadScope();
  const data = useLiveQuery(async () => (year === null ? null : { year, rows: await gradedRoster(db, year, scope) }), [db, year, scope]);
  // A year just picked shows nothing until its own rows are read (never the previous year's under the new title).
  const loaded = data && data.year === year ? data.rows : undefined;

  const roster = useMemo(
    () =>
      loaded
        ? groupRoster(loaded, {
            managerId: manager === ALL ? undefined : manager === NO_MANAGER ? '' : manager,
            type: type === ALL ? undefined : (type as CustomerType),
          })
        : null,
    [loaded, manager, type],
  );
  const floor = useMemo(() => (roster ? recordsMark(roster.groups.flatMap((g) => g.rows.map((r) => r.classification))) : null), [roster]);
  const managerName =
    manager === ALL ? t('reports.all') : manager === NO_MANAGER ? t('reports.noManager') : (managers.find((m) => m.id === manager)?.name ?? '');
  const typeName = type === ALL ? t('reports.all') : t(customerTypeLabel(type as CustomerType));
  const title = year === null ? t('reports.roster.titleNoYear') : t('reports.roster.title', { year });
  const format = reportFormat(locale);

  return (
    <ReportPreview
      profile={profile}
      report="roster"
      title={title}
      params={{ year, manager: manager === ALL ? null : managerName, type: type === ALL ? null : type }}
      floor={years === undefined ? null : year === null ? recordsMark([]) : floor}
      orientation="landscape"
      exportButton={
        <ExportTableButton view={title} source={() => rosterExportSource(roster ?? { groups: [], total: 0, benefitWan: 0 }, t, format)} disabled={!roster} />
      }
      options={
        <Group gap="md" align="flex-end">
          <YearSelect years={years} year={year} onChange={setPicked} empty={t('reports.roster.noYears')} />
          <Select
            label={t('reports.option.manager')}
            data={[
              { value: ALL, label: t('reports.all') },
              { value: NO_MANAGER, label: t('reports.noManager') },
              ...managers.map((m) => ({ value: m.id, label: m.name })),
            ]}
            value={manager}
            onChange={(v) => v && setManager(v)}
            allowDeselect={false}
            searchable
            w={200}
          />
          <Select
            label={t('reports.option.type')}
            data={[{ value: ALL, label: t('reports.all') }, ...CUSTOMER_TYPES.map((ty) => ({ value: ty, label: t(customerTypeLabel(ty)) }))]}
            value={type}
            onChange={(v) => v && setType(v)}
            allowDeselect={false}
            w={200}
          />
        </Group>
      }
    >
      {roster ? (
        <RosterReport
          roster={roster}
          title={title}
          subtitle={t('reports.roster.subtitle', { manager: managerName, type: typeName, count: roster.total })}
          format={format}
        />
      ) : year === null ? (
        <p>{t('reports.roster.noYears')}</p>
      ) : null}
    </ReportPreview>
  );
}
