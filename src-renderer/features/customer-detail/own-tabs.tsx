import { MergedHistories } from './merge/MergedHistories';
import { CustomerTimeline } from './shared/CustomerTimeline';
import { BusinessTab } from './tabs/BusinessTab';
import { ContactsTab } from './tabs/ContactsTab';
import { GradingTab } from './tabs/GradingTab';
import { HandoversTab } from './tabs/HandoversTab';
import { HistoryTab } from './tabs/HistoryTab';
import { InteractionsTab } from './tabs/InteractionsTab';
import { OverviewTab } from './tabs/OverviewTab';
import { RequirementsTab } from './tabs/RequirementsTab';
import type { CustomerTab } from './customer-tab';

/** The customer page's own tabs, by name; `app/` puts them in order with the tabs of other features. */
export const CUSTOMER_DETAIL_TABS = {
  overview: {
    name: 'overview',
    label: 'detail.tab.overview',
    render: ({ customer, showTab }) => <OverviewTab customer={customer} onShowTimeline={() => showTab('timeline')} />,
  },
  contacts: {
    name: 'contacts',
    label: 'detail.tab.contacts',
    render: ({ customer, readOnly }) => <ContactsTab customer={customer} readOnly={readOnly} />,
  },
  interactions: {
    name: 'interactions',
    label: 'detail.tab.interactions',
    render: ({ customer, readOnly }) => <InteractionsTab customer={customer} readOnly={readOnly} />,
  },
  requirements: {
    name: 'requirements',
    label: 'detail.tab.requirements',
    render: ({ customer, readOnly }) => <RequirementsTab customer={customer} readOnly={readOnly} />,
  },
  business: {
    name: 'business',
    label: 'detail.tab.business',
    render: ({ customer, readOnly }) => <BusinessTab customerId={customer.id} readOnly={readOnly} />,
  },
  grading: {
    name: 'grading',
    label: 'gradingCustomer.tab',
    render: ({ customer, readOnly }) => <GradingTab customer={customer} readOnly={readOnly} />,
  },
  timeline: {
    name: 'timeline',
    label: 'detail.tab.timeline',
    render: ({ customer }) => <CustomerTimeline customerId={customer.id} />,
  },
  handovers: {
    name: 'handovers',
    label: 'detail.tab.handovers',
    render: ({ customer }) => <HandoversTab customerId={customer.id} />,
  },
  history: {
    name: 'history',
    label: 'detail.tab.history',
    render: ({ customer }) => (
      <>
        <HistoryTab customerId={customer.id} />
        <MergedHistories customerId={customer.id} />
      </>
    ),
  },
} satisfies Record<string, CustomerTab>;
