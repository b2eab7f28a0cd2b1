import { Group, TextInput } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { recordsMark } from '../../../core/reports';
import { hasZeroing } from '../../../core/complaints';
import type { Profile } from '../../../core/profile';
import { zeroingReportData } from '../../../data/reports';
import { complaintCategoryLabel } from '../../../i18n/enum-labels';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { useActor } from '../../../state/signed-in';
import { MissingReport } from '../preview/MissingReport';
import { ReportPreview } from '../preview/ReportPreview';
import { reportFormat } from '../report-format';
import { ZeroingReport, type Signatures } from './ZeroingReport';

const MAX_NAME = 50;

/** 质量问题归零报告 of one complaint (A4 portrait); the three signatures are typed here and printed on the cover. */
export function ZeroingPreview({ profile, complaintId }: { profile: Profile; complaintId: string }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const actor = useActor();
  const data = useLiveQuery(async () => (await zeroingReportData(db, complaintId)) ?? null, [db, complaintId]);
  const [signatures, setSignatures] = useState<Signatures>({ preparedBy: actor.name, reviewedBy: '', approvedBy: '' });
  if (data === null) return <MissingReport message={t('reports.zeroing.missing')} />;
  // Zeroing is for quality complaints only: a delivery complaint has no zeroing report to print.
  if (data && !hasZeroing(data.complaint.category)) {
    return (
      <MissingReport
        message={t('reports.zeroing.notQuality', { number: data.complaint.number, category: t(complaintCategoryLabel(data.complaint.category)) })}
      />
    );
  }
  const title = t('reports.zeroing.title');
  const field = (key: keyof Signatures, label: string) => (
    <TextInput
      label={label}
      value={signatures[key]}
      maxLength={MAX_NAME}
      onChange={(e) => setSignatures({ ...signatures, [key]: e.currentTarget.value })}
      w={200}
    />
  );
  return (
    <ReportPreview
      profile={profile}
      report="zeroing"
      title={data ? `${title} ${data.complaint.number}` : title}
      params={{
        complaintId,
        number: data?.complaint.number ?? null,
        preparedBy: signatures.preparedBy,
        reviewedBy: signatures.reviewedBy,
        approvedBy: signatures.approvedBy,
      }}
      floor={data ? recordsMark(data.levels) : null}
      orientation="portrait"
      options={
        <Group gap="md">
          {field('preparedBy', t('reports.zeroing.preparedBy'))}
          {field('reviewedBy', t('reports.zeroing.reviewedBy'))}
          {field('approvedBy', t('reports.zeroing.approvedBy'))}
        </Group>
      }
    >
      {data && <ZeroingReport data={data} signatures={signatures} title={title} format={reportFormat(locale)} locale={locale} />}
    </ReportPreview>
  );
}
