/** Satisfaction: the customer page's tab, the 回访 dialog of the dashboard and the overview of 分析. */
export { CustomerSatisfactionTab } from './CustomerSatisfactionTab';
export { FollowUpVisitModal } from './FollowUpVisitModal';
export { SatisfactionOverview } from './SatisfactionOverview';
