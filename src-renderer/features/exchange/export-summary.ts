import { formatDate } from '../../core/format';
import type { Locale } from '../../core/locale';
import type { Translate } from '../../i18n';

/**
 * What the 导出 tab will write, in words, before anything is written: the engine counts records
 * only while it writes, so the summary names the scope and the lock (with the number of customers
 * where it is known without a read).
 */
export type ScopeChoice = 'full' | 'selection' | 'changes';
export type LockChoice = 'passphrase' | 'recipients';

export interface ExportPlan {
  scope: ScopeChoice;
  /** Customers in the archive (full), or the ones the selection picks. */
  customerCount: number;
  /** For 'selection': how the customers are chosen, with the grades or managers' names chosen. */
  selection?: { by: 'customers' | 'grades' | 'managers'; names: string[] };
  /** For 'changes': the department, and when the last saved export to it was made (null: never). */
  department: { name: string; lastExport: string | null } | null;
  lock: LockChoice;
  recipientNames: string[];
}

export function exportSummary(plan: ExportPlan, t: Translate, locale: Locale): string[] {
  const lines: string[] = [];
  if (plan.scope === 'full') lines.push(t('exchange.summary.full', { count: plan.customerCount }));
  if (plan.scope === 'selection') lines.push(selectionLine(plan, t));
  if (plan.scope === 'changes' && plan.department) {
    const { name, lastExport } = plan.department;
    lines.push(
      lastExport
        ? t('exchange.summary.changesSince', { department: name, date: formatDate(lastExport, locale) })
        : t('exchange.summary.changesFirst', { department: name }),
    );
  }
  lines.push(
    plan.lock === 'passphrase' ? t('exchange.summary.lockPassphrase') : t('exchange.summary.lockRecipients', { names: plan.recipientNames.join('、') }),
  );
  lines.push(t('exchange.summary.signed'));
  return lines;
}

function selectionLine(plan: ExportPlan, t: Translate): string {
  const count = plan.customerCount;
  const names = plan.selection?.names.join('、') ?? '';
  if (plan.selection?.by === 'grades') return t('exchangeSelection.summaryGrades', { grades: names, count });
  if (plan.selection?.by === 'managers') return t('exchangeSelection.summaryManagers', { names, count });
  return t('exchange.summary.selection', { count });
}

/** Why the plan cannot be exported yet (an i18n key), or null. Mirrors the engine's ExportError. */
export function planProblem(plan: ExportPlan): 'exchange.export.empty-selection' | 'exchange.export.no-recipient' | 'exchange.export.no-department' | null {
  if (plan.scope === 'selection' && plan.customerCount === 0) return 'exchange.export.empty-selection';
  if (plan.scope === 'changes' && !plan.department) return 'exchange.export.no-department';
  if (plan.lock === 'recipients' && plan.recipientNames.length === 0) return 'exchange.export.no-recipient';
  return null;
}
