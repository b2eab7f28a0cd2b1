import {
  IconAddressBook,
  IconAward,
  IconChartPie,
  IconClipboardList,
  IconFileImport,
  IconLayoutDashboard,
  IconMessageReport,
  IconPrinter,
  IconSettings,
  IconShieldLock,
  IconListSearch,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Permission } from '../core/accounts';
import type { Profile } from '../core/profile';
import { analysisPage } from '../features/analysis';
import { AuditPage } from '../features/audit';
import { complaintsPage } from '../features/complaints';
import { CustomerPage } from '../features/customer-detail';
import { CustomerFormPage, CustomerListPage } from '../features/customers';
import { ParetoPage, RunPage, RunsPage } from '../features/grading';
import { EXCHANGE_ICON, ExchangePage } from '../features/exchange';
import { HomePage } from '../features/home';
import { RecycleBinPage } from '../features/recycle-bin';
import { reportsPage } from '../features/reports';
import { MyRequirementsPage } from '../features/requirements';
import { SecurityPage } from '../features/security';
import { settingsPage } from '../features/settings';
import { SpreadsheetImportPage } from '../features/spreadsheet-import';
import { UsersPage } from '../features/users';
import type { NavItem } from '../ui/Shell';
import { CUSTOMER_TABS } from './customer-tabs';

/**
 * The sections of the app, in navigation order, and the pages inside each. Only sections that exist
 * are listed: a capability adds its entries here when its screens are built (no placeholder pages).
 */
export interface Section extends NavItem {
  /** Who sees the section: a user holding any of these permissions (core/accounts/permissions.ts). */
  permissions: readonly Permission[];
  /** The page for a path inside this section, or null for a path it does not know. */
  render: (path: string, profile: Profile) => ReactNode | null;
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const CUSTOMER_ID = new RegExp(`^/customers/${UUID}(/edit|/attachments)?$`);
const NEW_UNDER = new RegExp(`^/customers/new/${UUID}$`);

/**
 * /customers, /customers/new, /customers/new/<parentId>, /customers/<id>, /customers/<id>/edit,
 * /customers/<id>/attachments (the 附件 tab open: a file found by search)
 */
function customersPage(path: string): ReactNode | null {
  if (path === '/customers') return <CustomerListPage />;
  if (path === '/customers/new') return <CustomerFormPage key="new" />;
  const under = NEW_UNDER.exec(path);
  if (under) return <CustomerFormPage key={`new-${under[1]}`} parentId={under[1]} />;
  const match = CUSTOMER_ID.exec(path);
  if (!match) return null;
  const id = match[1]!;
  if (match[2] === '/edit') return <CustomerFormPage key={id} customerId={id} />;
  const tab = match[2] === '/attachments' ? 'attachments' : undefined;
  return <CustomerPage key={`${id}${match[2] ?? ''}`} customerId={id} tabs={CUSTOMER_TABS} initialTab={tab} />;
}

const RUN_ID = new RegExp(`^/grading/runs/${UUID}$`);

/** /grading (the runs), /grading/runs/<id>, /grading/pareto (80/20) */
function gradingPage(path: string): ReactNode | null {
  if (path === '/grading') return <RunsPage />;
  if (path === '/grading/pareto') return <ParetoPage />;
  const run = RUN_ID.exec(path);
  return run ? <RunPage key={run[1]} runId={run[1]!} /> : null;
}

const exact = (path: string, node: (profile: Profile) => ReactNode) => (p: string, profile: Profile) => (p === path ? node(profile) : null);

/**
 * An administrator's own page, also at '/': administrators hold no section of the archive, so their
 * first section (theirs, listed before 数据交换 and 系统设置) is what '/' shows them (sectionFor).
 */
const adminHome = (path: string, node: () => ReactNode) => (p: string) => (p === path || p === '/' ? node() : null);

export const SECTIONS: readonly Section[] = [
  {
    path: '/',
    permissions: ['archive.read'],
    label: 'nav.home',
    icon: IconLayoutDashboard,
    render: exact('/', (profile) => <HomePage profile={profile} sheetImportHref="#/import" />),
  },
  // The administrators' pages come before any other section they hold (数据交换, 系统设置): see adminHome.
  { path: '/users', permissions: ['users.manage'], label: 'nav.users', icon: IconUsers, render: adminHome('/users', () => <UsersPage />) },
  {
    path: '/security',
    permissions: ['roles.assign', 'policy.manage'],
    label: 'nav.security',
    icon: IconShieldLock,
    render: adminHome('/security', () => <SecurityPage />),
  },
  {
    path: '/audit',
    permissions: ['audit.read'],
    label: 'nav.audit',
    icon: IconListSearch,
    // Also at '/', as adminHome; with the profile, whose department names the exported file.
    render: (p, profile) => (p === '/audit' || p === '/' ? <AuditPage profile={profile} /> : null),
  },
  { path: '/customers', permissions: ['archive.read'], label: 'nav.customers', icon: IconAddressBook, render: customersPage },
  {
    path: '/import',
    permissions: ['archive.write'],
    label: 'nav.spreadsheetImport',
    icon: IconFileImport,
    render: exact('/import', () => <SpreadsheetImportPage />),
  },
  {
    path: '/requirements',
    permissions: ['archive.read'],
    label: 'nav.requirements',
    icon: IconClipboardList,
    render: exact('/requirements', () => <MyRequirementsPage />),
  },
  { path: '/grading', permissions: ['archive.read'], label: 'nav.grading', icon: IconAward, render: gradingPage },
  { path: '/complaints', permissions: ['archive.read'], label: 'nav.complaints', icon: IconMessageReport, render: complaintsPage },
  { path: '/analysis', permissions: ['archive.read'], label: 'nav.analysis', icon: IconChartPie, render: analysisPage },
  {
    path: '/exchange',
    permissions: ['exchange.import', 'exchange.export', 'keys.directory'],
    label: 'nav.exchange',
    icon: EXCHANGE_ICON,
    // /exchange/import: opened on the import tab (the dashboard's first-run card links there).
    render: (p, profile) =>
      p === '/exchange' || p === '/exchange/import' ? (
        <ExchangePage key={p} profile={profile} initialTab={p === '/exchange/import' ? 'import' : undefined} />
      ) : null,
  },
  { path: '/reports', permissions: ['report.print'], label: 'nav.reports', icon: IconPrinter, render: reportsPage },
  { path: '/recycle-bin', permissions: ['archive.read'], label: 'nav.recycleBin', icon: IconTrash, render: exact('/recycle-bin', () => <RecycleBinPage />) },
  {
    path: '/settings',
    permissions: ['account.own'],
    label: 'nav.settings',
    icon: IconSettings,
    // /settings/<section>: the page opened at one of its sections (features/settings/sections.ts).
    render: settingsPage,
  },
];

/** The section a path belongs to among `sections` (the signed-in user's), else their first; none when they have none. */
export function sectionFor(path: string, sections: readonly Section[] = SECTIONS): Section | undefined {
  return sections.find((s) => s.path !== '/' && (path === s.path || path.startsWith(`${s.path}/`))) ?? sections[0];
}
