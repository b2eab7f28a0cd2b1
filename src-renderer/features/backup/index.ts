/** Backup and restore: the settings sections, the scheduled runner and the restore offered on a database error. */
export { BackupSection, RestoreFromErrorButton } from './BackupSection';
export { ScheduledBackupRunner } from './ScheduledBackupRunner';
export { ScheduledBackupSection } from './ScheduledBackupSection';
