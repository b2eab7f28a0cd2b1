import type { ArchiveScope } from '../../core/archive-file';
import type { AirgapDb } from '../db';
import { getDepartment } from './departments';
import type { ExportOptions } from './export';

/**
 * What the output register (issue 15.6) says of an exchange file: its title, in Chinese like the
 * file's own descriptions, and (below) who it is meant for.
 */
export function exchangeTitle(scope: ArchiveScope): string {
  if (scope.type === 'selection') return '交换文件：选定客户';
  if (scope.type === 'changes') return `交换文件：变更（发往${scope.target?.department ?? ''}）`;
  return '交换文件：整个档案';
}

/** Who the file is meant for: the departments it is locked for, or the one a 'changes' file is made for. */
export async function recipientNames(db: AirgapDb, options: Pick<ExportOptions, 'lock' | 'scope'>): Promise<{ recipients?: string[] }> {
  const ids = 'departmentIds' in options.lock ? [...options.lock.departmentIds] : [];
  if (options.scope.type === 'changes' && !ids.includes(options.scope.departmentId)) ids.push(options.scope.departmentId);
  if (ids.length === 0) return {};
  const names: string[] = [];
  for (const id of ids) {
    const department = await getDepartment(db, id);
    if (department) names.push(department.name);
  }
  return names.length > 0 ? { recipients: names } : {};
}
