import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Profile } from '../../../core/profile';
import { recordsMark } from '../../../core/reports';
import { benefitYears } from '../../../data/grading';
import { paretoReport } from '../../../data/reports';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { ReportPreview } from '../preview/ReportPreview';
import { YearSelect } from '../preview/YearSelect';
import { reportFormat } from '../report-format';
import { ParetoReport } from './ParetoReport';
import { useReadScope } from '../../../state/read-scope';

/** 80/20 分析 of a year (A4 portrait): marked at least with the highest classification among the ranked customers. */
export function ParetoPreview({ profile }: { profile: Profile }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const years = useLiveQuery(() => benefitYears(db), [db]);
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? years?.[0] ?? null;
  // Only the customers within the reader's data scope (issue 15.3): a 本人 account prints its own.
  const scope = useReadScope();
  const data = useLiveQuery(async () => (year === null ? null : { year, ...(await paretoReport(db, year, scope)) }), [db, year, scope]);
  const shown = data && data.year === year ? data : null;
  const floor = useMemo(() => (shown ? recordsMark([...shown.customers.values()].map((c) => c.classification)) : null), [shown]);
  const title = year === null ? t('reports.pareto.titleNoYear') : t('reports.pareto.title', { year });
  return (
    <ReportPreview
      profile={profile}
      report="pareto"
      title={title}
      params={{ year }}
      floor={years === undefined ? null : year === null ? recordsMark([]) : floor}
      orientation="portrait"
      options={<YearSelect years={years} year={year} onChange={setPicked} empty={t('pareto.noFigures')} />}
    >
      {shown ? (
        <ParetoReport year={shown.year} analysis={shown.analysis} customers={shown.customers} title={title} format={reportFormat(locale)} />
      ) : (
        year === null && <p>{t('pareto.noFigures')}</p>
      )}
    </ReportPreview>
  );
}
