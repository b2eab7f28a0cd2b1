import { CustomerAttachmentsTab } from '../features/attachments';
import { CustomerComplaintsTab } from '../features/complaints';
import { CUSTOMER_DETAIL_TABS as own, type CustomerTab } from '../features/customer-detail';
import { CustomerSatisfactionTab } from '../features/satisfaction';

/**
 * The tabs of the customer page, in order. The composition root lists them so the customer page
 * shows tabs of other features (complaints, satisfaction) without importing those features, and
 * those features need not import the customer page.
 */
export const CUSTOMER_TABS: readonly CustomerTab[] = [
  own.overview,
  own.contacts,
  own.interactions,
  own.requirements,
  {
    name: 'complaints',
    label: 'complaints.customerTab',
    render: ({ customer, readOnly }) => <CustomerComplaintsTab customer={customer} readOnly={readOnly} />,
  },
  own.business,
  own.grading,
  {
    name: 'satisfaction',
    label: 'satisfaction.tab',
    render: ({ customer, readOnly }) => <CustomerSatisfactionTab customer={customer} readOnly={readOnly} />,
  },
  {
    name: 'attachments',
    label: 'attachments.tab',
    render: ({ customer, readOnly }) => <CustomerAttachmentsTab customer={customer} readOnly={readOnly} />,
  },
  own.timeline,
  own.handovers,
  own.history,
];
