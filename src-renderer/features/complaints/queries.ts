import { getComplaint, type ComplaintRecord } from '../../data/complaints';
import { getContact, getCustomer } from '../../data/customers';
import type { AirgapDb } from '../../data/db';

export interface ComplaintPageData {
  complaint: ComplaintRecord;
  customerName: string;
  /** The contact who raised it, deleted or not; '' when none was recorded. */
  contactName: string;
}

/** What the complaint page shows, read through the repositories; null when the complaint does not exist. */
export async function complaintPageData(db: AirgapDb, complaintId: string): Promise<ComplaintPageData | null> {
  const complaint = await getComplaint(db, complaintId);
  if (!complaint) return null;
  const customer = await getCustomer(db, complaint.customerId);
  const contact = complaint.contactId ? await getContact(db, complaint.contactId) : undefined;
  return {
    complaint,
    customerName: customer?.name ?? '',
    contactName: contact?.name ?? '',
  };
}
