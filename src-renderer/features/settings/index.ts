/** The settings page, and the installation and storage cards the dashboard shows too. */
export { InstallationInfo } from './InstallationInfo';
export { SettingsPage } from './SettingsPage';
export { StorageStatus } from './StorageStatus';
