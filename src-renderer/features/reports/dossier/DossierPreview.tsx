import { useLiveQuery } from 'dexie-react-hooks';
import { recordsMark } from '../../../core/reports';
import type { Profile } from '../../../core/profile';
import { customerDossier } from '../../../data/reports';
import { useT } from '../../../i18n/react';
import { usePreferences } from '../../../state/preferences';
import { useSession } from '../../../state/session';
import { MissingReport } from '../preview/MissingReport';
import { ReportPreview } from '../preview/ReportPreview';
import { reportFormat } from '../report-format';
import { DossierReport } from './DossierReport';
import { useReadScope } from '../../../state/read-scope';
import { customerInScope } from '../../../data/scope';
import { OutOfScope } from '../../../ui/OutOfScope';

const OUT_OF_SCOPE = 'out-of-scope';

/** 客户档案 of one customer (A4 portrait); marked at least with the customer's classification and its listed files'. */
export function DossierPreview({ profile, customerId }: { profile: Profile; customerId: string }) {
  const t = useT();
  const locale = usePreferences((s) => s.locale);
  const { db } = useSession();
  const scope = useReadScope();
  const dossier = useLiveQuery(async () => {
    const found = await customerDossier(db, customerId);
    if (!found) return null;
    // A customer outside the reader's data scope (issue 15.3), opened by its address: said so, nothing of it shown or printed.
    return (await customerInScope(db, scope, found.customer)) ? found : OUT_OF_SCOPE;
  }, [db, customerId, scope]);
  if (dossier === OUT_OF_SCOPE) return <OutOfScope />;
  const title = t('reports.dossier.title', { name: dossier?.customer.name ?? '' });
  if (dossier === null) return <MissingReport message={t('reports.dossier.missing')} />;
  return (
    <ReportPreview
      profile={profile}
      report="dossier"
      title={title}
      params={{ customerId, customer: dossier?.customer.name ?? null }}
      floor={dossier ? recordsMark(dossier.levels) : null}
      orientation="portrait"
    >
      {dossier && <DossierReport dossier={dossier} title={title} format={reportFormat(locale)} locale={locale} />}
    </ReportPreview>
  );
}
