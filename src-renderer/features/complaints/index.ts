/** Complaints: the section's routes, the customer page's tab, the dashboard card and the settings section. */
export { complaintsPage } from './complaint-routes';
export { ComplaintSettingsSection } from './ComplaintSettingsSection';
export { CustomerComplaintsTab } from './CustomerComplaintsTab';
export { OverdueComplaintsCard } from './OverdueComplaintsCard';
export { describeSettingsChange } from './settings-change';
