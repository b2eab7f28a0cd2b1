import { useLiveQuery } from 'dexie-react-hooks';
import { markFor } from '../../../core/classification';
import type { Profile } from '../../../core/profile';
import { customerDossier } from '../../../data/reports';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { MissingReport } from '../preview/MissingReport';
import { ReportPreview } from '../preview/ReportPreview';
import { reportFormat } from '../report-format';
import { DossierReport } from './DossierReport';

/** 客户档案 of one customer (A4 portrait); marked at least with the customer's classification. */
export function DossierPreview({ profile, customerId }: { profile: Profile; customerId: string }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const dossier = useLiveQuery(async () => (await customerDossier(db, customerId)) ?? null, [db, customerId]);
  const title = t('reports.dossier.title', { name: dossier?.customer.name ?? '' });
  if (dossier === null) return <MissingReport message={t('reports.dossier.missing')} />;
  return (
    <ReportPreview
      profile={profile}
      report="dossier"
      title={title}
      params={{ customerId, customer: dossier?.customer.name ?? null }}
      floor={dossier ? markFor(dossier.customer.classification) : null}
      orientation="portrait"
    >
      {dossier && <DossierReport dossier={dossier} title={title} format={reportFormat(locale)} locale={locale} />}
    </ReportPreview>
  );
}
