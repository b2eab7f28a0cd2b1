/**
 * The customer page. Its tabs are listed by app/ (CustomerTab), so tabs of other features reach it
 * without this feature importing them; the dashboard, reports and managers reuse a few of its parts.
 */
export { CustomerPage } from './CustomerPage';
export type { CustomerTab, CustomerTabProps } from './customer-tab';
export { CUSTOMER_DETAIL_TABS } from './own-tabs';
export { FollowUpBadge } from './grading/FollowUpBadge';
export { gradingReasons } from './grading/grading-text';
export { HandoverFields, type HandoverFormValues } from './shared/HandoverFields';
