import { homeEnUS } from './areas/home';
import { recordFieldsEnUS } from './areas/record-fields';
import { customerDetailEnUS } from './areas/customer-detail';
import { customerMergeEnUS } from './areas/customer-merge';
import { gradingEnUS } from './areas/grading';
import { gradingRulesEnUS } from './areas/grading-rules';
import { gradingCustomerEnUS } from './areas/grading-customer';
import { gradingSectionEnUS } from './areas/grading-section';
import { complaintsCoreEnUS } from './areas/complaints-core';
import { complaintsEnUS } from './areas/complaints';
import { customerHistoryEnUS } from './areas/customer-history';
import { customersEnUS } from './areas/customers';
import { exchangeEnUS } from './areas/exchange';
import { reportsEnUS } from './areas/reports';
import { satisfactionEnUS } from './areas/satisfaction';
import { complaintStatsEnUS } from './areas/complaint-stats';
import { exchangeSelectionEnUS } from './areas/exchange-selection';
import { exchangeImportEnUS } from './areas/exchange-import';
import { exchangeChecksEnUS } from './areas/exchange-checks';
import { keyTrustEnUS } from './areas/key-trust';
import { exchangeStagingEnUS } from './areas/exchange-staging';
import { backupScheduleEnUS } from './areas/backup-schedule';
import { settingsNavEnUS } from './areas/settings-nav';
import { keyLockEnUS } from './areas/key-lock';
import { accountsUiEnUS } from './areas/accounts';
import { formRulesEnUS } from './areas/form-rules';
import { recordKindsEnUS } from './areas/record-kinds';
import { gradingDecisionEnUS } from './areas/grading-decision';
import { managersEnUS } from './areas/managers';
import { recycleBinEnUS } from './areas/recycle-bin';
import { requirementsEnUS } from './areas/requirements';
import { gradeHistoryEnUS } from './areas/grade-history';
import { paretoEnUS } from './areas/pareto';
import { accountsMessagesEnUS } from './areas/accounts-messages';
import { dataScopeEnUS } from './areas/data-scope';
import { auditEnUS } from './areas/audit';
import { auditMessagesEnUS } from './areas/audit-messages';
import { usersEnUS } from './areas/users';
import { securityEnUS } from './areas/security';
import { outputEnUS } from './areas/output';
import { spreadsheetImportEnUS } from './areas/spreadsheet-import';
import { spreadsheetEnUS } from './areas/spreadsheet';
import { demoEnUS } from './areas/demo';
import { attachmentsEnUS } from './areas/attachments';
import { attachmentsMessagesEnUS } from './areas/attachments-messages';
import { attachmentScreensEnUS } from './areas/attachment-screens';
import type { Messages } from './zh-CN';

export const enUS: Messages = {
  'app.name': 'Airgap CRM',
  'app.title': 'Customer Management',
  'app.loading': 'Opening the database…',

  'nav.home': 'Dashboard',
  'nav.settings': 'Settings',
  'nav.reports': 'Reports',
  'nav.grading': 'Grading',
  'nav.exchange': 'Data exchange',
  'nav.customers': 'Customers',
  'nav.recycleBin': 'Recycle bin',
  'nav.spreadsheetImport': 'Import spreadsheet',
  'nav.requirements': 'Requirements',
  'nav.complaints': 'Complaints',
  'nav.analysis': 'Analysis',
  'nav.section': 'Navigation',

  'header.locale': 'Language',
  'header.theme.light': 'Switch to light theme',
  'header.theme.dark': 'Switch to dark theme',
  'header.markTitle': 'Default classification mark',

  'locale.zh-CN': '简体中文',
  'locale.en-US': 'English',

  'setup.title': 'First-run setup',
  'setup.intro': 'This system runs offline; its data stays on this computer only. Enter your department first; you can change it later in Settings.',
  'setup.submit': 'Finish setup',
  'setup.saving': 'Saving…',
  'setup.keysNote': 'Finishing setup creates this installation’s id and its keys for encrypted exchange between departments.',

  'profile.organisation': 'Organisation',
  'profile.organisation.placeholder': 'e.g. Research Institute of Materials & Processing',
  'profile.department': 'Department',
  'profile.department.placeholder': 'e.g. Marketing',
  'profile.operatorName': 'Operator name',
  'profile.operatorName.placeholder': 'e.g. Zhang Wei',
  'profile.defaultMark': 'Default classification mark',
  'profile.defaultMark.hint': 'Printed in page headers by default; a report is never marked lower than its records.',
  'profile.markLevel': 'Level',
  'profile.markPeriod': 'Secrecy period (years)',
  'profile.save': 'Save',
  'profile.saved': 'Department profile saved',
  'profile.unchanged': 'Nothing to save',

  'mark.public': 'Public',
  'mark.internal': 'Internal',
  'mark.secret': 'Secret',
  'mark.confidential': 'Confidential',

  'home.greeting': 'Hello, {name}',
  'home.today': 'Today is {date}',
  'home.profile': 'Department',
  'home.storage': 'Data storage',

  'install.id': 'Installation id',
  'install.createdAt': 'Initialised',
  'install.ageRecipient': 'Exchange public key (age)',
  'install.signingKey': 'Signing key fingerprint (Ed25519)',
  'install.dataLocation': 'Data location',
  'install.shell': 'Running as',
  'install.shell.electron': 'Desktop application',
  'install.shell.browser': 'Browser (the same UI, without the desktop shell)',
  'install.version': 'Version',
  'storage.persisted': 'Persistent storage granted: the browser will not evict the data',
  'storage.notPersisted': 'Persistent storage not granted: the browser may evict data when the disk is full; back up regularly',
  'storage.browserLocation': 'IndexedDB in this browser profile ({origin})',

  'settings.title': 'Settings',
  'settings.profile': 'Department profile',
  'settings.appearance': 'Appearance and language',
  'settings.installation': 'This installation',
  'settings.attachmentDiskUse': 'Attachments on disk: {files} files, {size}',
  'settings.history': 'Change history',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.auto': 'System',
  'settings.language': 'Interface language',
  'settings.history.empty': 'No changes yet',

  'history.when': 'When',
  'history.who': 'By',
  'history.what': 'Action',
  'history.field': 'Field',
  'history.before': 'Before',
  'history.after': 'After',
  'history.op.create': 'Created',
  'history.op.update': 'Changed',
  'history.op.delete': 'Deleted',
  'history.op.restore': 'Restored',

  'validation.required': 'Required',
  'validation.hasSubUnits': 'This unit still has sub-units; delete or move them first',
  'validation.customerDeleted': 'The customer it belongs to is deleted; restore the customer first',
  'validation.tooLong': 'Too long',
  'validation.controlChars': 'Contains invisible control characters',
  'validation.markPeriod': 'Secret and confidential marks need a secrecy period (1–30 years); public and internal have none',
  'validation.invalidId': 'Invalid id',
  'validation.reservedId': 'This id is reserved (constructor, prototype): choose another',
  'validation.mergedCustomer': 'This customer was merged into another one, which holds all its records; it cannot be restored',
  'validation.invalidRev': 'Invalid revision stamp',
  'validation.invalid_type': 'Wrong format',
  'validation.invalid_value': 'Invalid value',
  'validation.too_small': 'Too small',
  'validation.too_big': 'Too large',
  'validation.custom': 'Invalid',
  'validation.choice': 'Choose one of the listed values',
  'validation.tooMany': 'Too many entries',
  'validation.date': 'Not a valid date (YYYY-MM-DD, a day that exists)',
  'validation.dateInFuture': 'The date cannot be in the future',
  'validation.instant': 'Not a valid time',
  'validation.phone': 'Not a valid phone number: an 11-digit mobile, or a landline with area code such as 010-88886666',
  'validation.money': 'Amount must be a number ≥ 0 (in 10,000 CNY, at most 4 decimals)',
  'validation.moneyPositive': 'Amount must be more than 0',
  'validation.year': 'Year must be a whole number from 1990 to 2100',
  'validation.followUpBeforeDate': 'The follow-up date cannot be before the contact date',
  'validation.dueBeforeReceived': 'The due date cannot be before the date received',
  'validation.answeredBeforeReceived': 'The answer date cannot be before the date received',
  'validation.answerRequired': 'An answered or closed requirement needs its answer',
  'validation.parentLevel': 'Wrong parent level: a group has no parent, a second-level unit belongs to a group, a third-level unit to a second-level unit',
  'validation.parentRequired': 'Second- and third-level units need a parent unit',
  'validation.parentMissing': 'The parent unit does not exist or has been deleted',
  'validation.childLevel': 'This unit has sub-units that would no longer fit the new level',
  'validation.sameManager': 'A handover must be between two different managers',
  'validation.managerInactive': 'The receiving manager is inactive',
  'validation.mergeSelf': 'A customer cannot be merged into itself',
  'validation.mergeDeleted': 'Deleted customers cannot be merged',
  'validation.mergeLevel': 'The units are on different levels or one contains the other; their sub-units cannot be merged',
  'validation.fixErrors': 'Correct the fields marked in red; nothing has been saved',

  'host.badFileName': 'Invalid file name',
  'host.badSecret': 'Invalid key data',
  'host.fileTooLarge': 'The file is over 256 MB and was not saved: this app reads files of up to 256 MB only',
  'hostError.file-too-large':
    'The file is larger than allowed and was not read (spreadsheets, key cards and other files read whole: at most 256 MB; exchange and backup files are read in pieces and have no such limit)',
  'hostError.bad-request': 'Invalid request, refused',
  'hostError.bad-path': 'The file path is invalid or not accessible',
  'hostError.io-error': 'Reading or writing the file failed',
  'hostError.unsupported': 'Not available in this way of running',
  'hostError.untrusted-sender': 'Request from an untrusted source, refused',

  'dbError.title': 'The database cannot be opened',
  'dbError.newer-version': 'The database was made by a newer version of this software. Install the newer version; the data was not changed.',
  'dbError.migration-failed':
    'Upgrading the database failed and was stopped; the existing data was not erased. Ask the system administrator to restore from a backup file.',
  'dbError.unavailable': 'Browser storage is unavailable (disabled, or the disk is full); the existing data was not erased.',
  'dbError.keep': 'This software never resets the database by itself.',
  'dbError.retry': 'Retry',
  'dbError.detail': 'Technical details',
  'dbError.restoreHint':
    'With a backup file, choose “Restore from backup”: the backup goes into a new database and the one that cannot be opened is kept as it is.',

  'backup.section': 'Backup and restore',
  'backup.intro':
    'Back up the whole database (history and this installation’s keys included) to one encrypted file for approved media. Restoring asks for the backup passphrase.',
  'backup.create': 'Create backup',
  'backup.restore': 'Restore from backup',
  'backup.passphrase': 'Backup passphrase',
  'passphrase.confirm': 'Repeat the passphrase',
  'backup.passphraseHint': 'At least 10 characters. A lost passphrase means a lost backup: keep it as the security rules say.',
  'passphrase.short': 'At least 10 characters',
  'passphrase.mismatch': 'The passphrases differ',
  'backup.start': 'Start backup',
  'backup.close': 'Close',
  'passphrase.deriving': 'Deriving the key from the passphrase…',
  'backup.saved': 'Backup saved: {name}',
  'backup.cancelled': 'Cancelled; no file was saved',
  'backup.failed': 'The backup failed; no file was saved',
  'restore.title': 'Restore from backup',
  'restore.installationId': 'Installation id',
  'restore.choose': 'Choose backup file',
  'restore.file': 'Backup file: {name}',
  'restore.verify': 'Check and read',
  'restore.progress': 'Checking: {done} / {total} records',
  'restore.summary': 'The backup file is complete and its signature valid',
  'restore.source': 'Source',
  'restore.createdAt': 'Backed up',
  'restore.exporter': 'Backed up by',
  'restore.signer': 'Signature fingerprint',
  'restore.counts': 'Contents',
  'restore.replaceWarning': 'Restoring replaces ALL current data with the backup’s; the current data is then deleted. This cannot be undone.',
  'restore.keepBroken': 'The database that cannot be opened is kept as it is, not deleted.',
  'restore.confirm': 'Replace current data with this backup',
  'restore.done': 'Restored; reopening…',
  'restore.attachmentAltered':
    'The content of the attachment “{name}” in the backup does not match its checksum: it was altered. It cannot be restored; the current data is unchanged.',
  'restore.attachmentMissing':
    'The backup lacks the content of the attachment “{name}” (incomplete or altered). It cannot be restored; the current data is unchanged.',
  'restore.failed': 'The restore failed; the current data is unchanged',
  'restore.notABackup': 'This is an exchange file between departments, not a database backup',
  'archiveError.empty': 'The file is empty. Check that you chose the right file.',
  'archiveError.not-age': 'This is not an encrypted file of this system (or it is damaged) and cannot be opened. Check that you chose the right file.',
  'archiveError.truncated': 'The file is incomplete (an interrupted copy, damaged media or an alteration) and cannot be opened. Copy or export it again.',
  'archiveError.corrupt': 'The file is damaged or has been altered and cannot be opened. Copy or export it again.',
  'archiveError.wrong-key': 'Wrong passphrase or key: the file cannot be decrypted. Check the passphrase (it is case-sensitive) and try again.',
  'archiveError.work-factor-too-high': 'The file’s encryption strength is beyond what this system allows; it may not come from this system. Refused.',
  'archiveError.bad-lock': 'The passphrase or key is not usable.',
  'archiveError.bad-signing-key': 'This PC’s signing key is invalid: nothing can be signed. Contact the system administrator.',
  'archiveError.not-gzip': 'The file’s content is not recognised; it may not come from this system. Refused.',
  'archiveError.not-ndjson': 'The file’s content is malformed; it may not come from this system. Refused.',
  'archiveError.line-too-long': 'A record in the file is longer than allowed. Refused.',
  'archiveError.too-large': 'The file holds more records than this system allows. Refused.',
  'archiveError.bad-manifest': 'The description at the start of the file is invalid; it may not come from this system. Refused.',
  'archiveError.unknown-format-version':
    'The file was made by another version of this software, which this version cannot read. Check both sides’ software versions.',
  'archiveError.newer-schema': 'The file was made by a newer version of this software: upgrade this software first.',
  'archiveError.bad-record': 'The file holds an invalid record. Refused.',
  'archiveError.unknown-kind': 'The file holds records of a kind this system does not know (perhaps from a newer version). Refused.',
  'archiveError.hostile-key': 'The file holds unsafe content. Refused.',
  'archiveError.duplicate-record': 'The file holds duplicate records. Refused.',
  'archiveError.missing-trailer': 'The signature at the end of the file is missing: it is incomplete or was altered. Refused.',
  'archiveError.hash-mismatch': 'The file’s content differs from what was signed: it was altered. Refused.',
  'archiveError.bad-signature': 'The file’s signature does not match: it was altered. Refused.',
  'archiveError.count-mismatch': 'The number of records differs from the description at the start of the file: it was altered. Refused.',
  'archiveError.cancelled': 'Cancelled',
  'archiveError.payload-too-large': 'The file inflates to more than 2 GiB (far beyond a whole institute; possibly a crafted file). Refused.',
  'archiveError.blob-mismatch': 'The content of an attachment in the file does not match its checksum: it was altered. Refused.',
  'archiveError.blob-missing': 'The file lacks the content of an attachment (incomplete or altered). Refused.',
  'archiveError.blob-unexpected':
    'Attachment content in the file does not match its records or the description at the start of the file: it was altered. Refused.',

  'notFound.title': 'Page not found',
  'notFound.body': 'Nothing lives at this address; the link may be out of date.',
  'notFound.home': 'Back to the dashboard',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.restore': 'Restore',
  'common.restoreOf': 'Restore {name}',
  'common.restored': 'Restored',
  'common.refused': 'Not done',
  'common.save': 'Save',
  'common.saved': 'Saved',
  'common.editOf': 'Edit {name}',
  'common.deleteOf': 'Delete {name}',
  'common.deleteBody': 'Delete “{name}”? It can be restored from the recycle bin.',
  'common.deleted': 'Deleted; it can be restored from the recycle bin',
  'common.overdue': 'Overdue',
  'common.money': '{amount} ×10k CNY',
  'common.progress': '{done} / {total} records',
  'common.progressAttachments': 'attachments {done} / {total} MB',
  'common.actions': 'Actions',
  'common.toggleVisibility': 'Show or hide the characters typed',
  'common.pickDate': 'Pick a date from the calendar',
  'common.copy': 'Copy',
  'common.copied': 'Copied',
  'common.error': 'The operation failed',
  'grade.none': 'Not graded',
  ...customersEnUS,
  ...customerDetailEnUS,
  ...customerMergeEnUS,
  ...gradingEnUS,
  ...gradingCustomerEnUS,
  ...customerHistoryEnUS,
  ...gradingRulesEnUS,
  ...exchangeEnUS,
  ...exchangeSelectionEnUS,
  ...exchangeImportEnUS,
  ...exchangeChecksEnUS,
  ...keyTrustEnUS,
  ...exchangeStagingEnUS,
  ...backupScheduleEnUS,
  ...settingsNavEnUS,
  ...keyLockEnUS,
  ...accountsUiEnUS,
  ...formRulesEnUS,
  ...gradingSectionEnUS,
  ...complaintsCoreEnUS,
  ...complaintsEnUS,
  ...reportsEnUS,
  ...satisfactionEnUS,
  ...complaintStatsEnUS,
  ...recordKindsEnUS,
  ...gradingDecisionEnUS,
  ...managersEnUS,
  ...recycleBinEnUS,
  ...requirementsEnUS,
  ...gradeHistoryEnUS,
  ...paretoEnUS,
  ...homeEnUS,
  ...recordFieldsEnUS,
  ...accountsMessagesEnUS,
  ...dataScopeEnUS,
  ...auditMessagesEnUS,
  ...auditEnUS,
  ...usersEnUS,
  ...securityEnUS,
  ...outputEnUS,
  ...spreadsheetImportEnUS,
  ...spreadsheetEnUS,
  ...demoEnUS,
  ...attachmentsEnUS,
  ...attachmentsMessagesEnUS,
  ...attachmentScreensEnUS,
};
