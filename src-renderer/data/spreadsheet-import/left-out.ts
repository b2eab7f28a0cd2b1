import type { RowProblem, ImportAction, ImportAnalysis, ImportDecisions, ImportGroup, LeftOutRow } from './types';

/** The action a group takes: the user's decision, else the proposal; `update` needs an archive match. */
export function actionOf(group: ImportGroup, decisions: ImportDecisions): ImportAction {
  const action = decisions.get(group.key) ?? group.proposed;
  return action === 'update' && group.archiveMatches.length === 0 ? group.proposed : action;
}

/**
 * The rows an import with these decisions does not write, each with its reasons: the rows with
 * errors, and every row of a customer the user leaves out (named with the duplicate it may be).
 */
export function leftOutRows(analysis: ImportAnalysis, decisions: ImportDecisions): LeftOutRow[] {
  const groups = new Map(analysis.groups.map((g) => [g.key, g]));
  const out: LeftOutRow[] = [];
  for (const row of analysis.rows) {
    if (row.group === null) {
      out.push({ row: row.row, values: row.values, reasons: [...row.errors] });
      continue;
    }
    const group = groups.get(row.group)!;
    if (actionOf(group, decisions) !== 'skip') continue;
    const match = group.archiveMatches[0];
    const reason: RowProblem = match
      ? { field: null, message: 'spreadsheetImport.leftOut.skippedArchive', params: { name: match.name } }
      : group.fileMatch
        ? { field: null, message: 'spreadsheetImport.leftOut.skippedFile', params: { row: group.fileMatch.row, name: group.fileMatch.name } }
        : { field: null, message: 'spreadsheetImport.leftOut.skipped' };
    out.push({ row: row.row, values: row.values, reasons: [reason] });
  }
  return out;
}
