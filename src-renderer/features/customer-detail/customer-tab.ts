import type { ReactNode } from 'react';
import type { CustomerRecord } from '../../data/customers';
import type { MessageKey } from '../../i18n';

/** What a tab of the customer page is given: the customer, whether it can be edited, a way to switch tab. */
export interface CustomerTabProps {
  customer: CustomerRecord;
  /** A deleted customer's page: nothing can be added or edited. */
  readOnly: boolean;
  showTab: (name: string) => void;
}

/**
 * One tab of the customer page. The page shows the tabs it is given, in their order: `app/` lists
 * them, so tabs that other features own (complaints, satisfaction) reach the page without the
 * customer page importing those features.
 */
export interface CustomerTab {
  name: string;
  label: MessageKey;
  render: (props: CustomerTabProps) => ReactNode;
}
