import { getComplaint, type ComplaintRecord } from '../../data/complaints';
import { getContact, getCustomer } from '../../data/customers';
import type { AirgapDb } from '../../data/db';
import { customerInScope, type ReadScope } from '../../data/scope';

export interface ComplaintPageData {
  complaint: ComplaintRecord;
  customerName: string;
  /** The contact who raised it, deleted or not; '' when none was recorded. */
  contactName: string;
}

/**
 * What the complaint page shows, read through the repositories; null when the complaint does not
 * exist, 'out-of-scope' when its customer is outside the reader's data scope (issue 15.3: nothing of it is shown).
 */
export async function complaintPageData(db: AirgapDb, complaintId: string, scope: ReadScope): Promise<ComplaintPageData | 'out-of-scope' | null> {
  const complaint = await getComplaint(db, complaintId);
  if (!complaint) return null;
  const customer = await getCustomer(db, complaint.customerId);
  if (customer && !(await customerInScope(db, scope, customer))) return 'out-of-scope';
  const contact = complaint.contactId ? await getContact(db, complaint.contactId) : undefined;
  return {
    complaint,
    customerName: customer?.name ?? '',
    contactName: contact?.name ?? '',
  };
}
