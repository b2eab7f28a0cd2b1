/**
 * The settings page (its route: `/settings`, `/settings/<section>`), the links to its sections for other
 * screens, and the installation and storage cards the dashboard shows too.
 */
export { InstallationInfo } from './InstallationInfo';
export { settingsPage } from './SettingsPage';
export { settingsHref, type SettingsSectionId } from './sections';
export { StorageStatus } from './StorageStatus';
