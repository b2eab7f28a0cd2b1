import type { ReactNode } from 'react';
import { ComplaintFormPage } from './ComplaintFormPage';
import { ComplaintListPage } from './ComplaintListPage';
import { ComplaintPage } from './ComplaintPage';
import { MyComplaintsPage } from './MyComplaintsPage';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const COMPLAINT = new RegExp(`^/complaints/${UUID}(/edit)?$`);
const NEW_FOR = new RegExp(`^/complaints/new/${UUID}$`);

/** /complaints, /complaints/overdue, /complaints/mine, /complaints/new[/<customerId>], /complaints/<id>[/edit] */
export function complaintsPage(path: string): ReactNode | null {
  if (path === '/complaints') return <ComplaintListPage key="all" />;
  if (path === '/complaints/overdue') return <ComplaintListPage key="overdue" overdueOnly />;
  if (path === '/complaints/mine') return <MyComplaintsPage />;
  if (path === '/complaints/new') return <ComplaintFormPage key="new" />;
  const forCustomer = NEW_FOR.exec(path);
  if (forCustomer) return <ComplaintFormPage key={`new-${forCustomer[1]}`} customerId={forCustomer[1]} />;
  const match = COMPLAINT.exec(path);
  if (!match) return null;
  return match[2] ? <ComplaintFormPage key={`edit-${match[1]}`} complaintId={match[1]} /> : <ComplaintPage key={match[1]} complaintId={match[1]!} />;
}
