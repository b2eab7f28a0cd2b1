import type { ReactNode } from 'react';
import type { Profile } from '../../core/profile';
import { ComplaintStatsPreview } from './complaints/ComplaintStatsPreview';
import { DossierPreview } from './dossier/DossierPreview';
import { ParetoPreview } from './pareto/ParetoPreview';
import { ReportsPage } from './ReportsPage';
import { RosterPreview } from './roster/RosterPreview';
import { ZeroingPreview } from './zeroing/ZeroingPreview';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const DOSSIER = new RegExp(`^/reports/dossier/${UUID}$`);
const ZEROING = new RegExp(`^/reports/zeroing/${UUID}$`);

/** /reports, /reports/roster, /reports/dossier/<customerId>, /reports/pareto, /reports/complaints, /reports/zeroing/<complaintId> */
export function reportsPage(path: string, profile: Profile): ReactNode | null {
  if (path === '/reports') return <ReportsPage />;
  if (path === '/reports/roster') return <RosterPreview profile={profile} />;
  if (path === '/reports/pareto') return <ParetoPreview profile={profile} />;
  if (path === '/reports/complaints') return <ComplaintStatsPreview profile={profile} />;
  const dossier = DOSSIER.exec(path);
  if (dossier) return <DossierPreview key={dossier[1]} profile={profile} customerId={dossier[1]!} />;
  const zeroing = ZEROING.exec(path);
  return zeroing ? <ZeroingPreview key={zeroing[1]} profile={profile} complaintId={zeroing[1]!} /> : null;
}
