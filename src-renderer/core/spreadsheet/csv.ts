import type { GridCell } from './book';
import type { SpreadsheetCaps } from './types';
import { SpreadsheetError } from './types';

/**
 * The separator of a CSV: the one of comma, tab and semicolon that occurs most in the first line outside
 * quotes (an Excel "text (tab delimited)" file, a European "CSV" with semicolons). Comma when none does.
 */
function separatorOf(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
  return best;
}

/**
 * RFC 4180 CSV: quoted fields hold separators, line breaks and doubled quotes. Every cell stays text as
 * written ("00123", "2019/3/1", "=1+1"): the importer's normalisers read it, nothing is guessed here, and
 * a cell beginning with = is only ever text. Stops with tooManyRows/tooManyCells at the caps.
 */
export function parseCsv(whole: string, caps: SpreadsheetCaps): GridCell[][] {
  // Excel's own hint line: "sep=;" names the separator and is no row.
  const declared = /^sep=([^\r\n])\r?\n/.exec(whole);
  const text = declared ? whole.slice(declared[0].length) : whole;
  const sep = declared ? declared[1]! : separatorOf(text);
  const rows: GridCell[][] = [];
  let row: GridCell[] = [];
  let cell = '';
  let quoted = false;
  let cells = 0;
  const endCell = () => {
    row.push(cell === '' ? null : cell);
    cell = '';
    cells += 1;
    if (cells > caps.maxCells) throw new SpreadsheetError('tooManyCells', { max: caps.maxCells });
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    if (rows.length > caps.maxRows) throw new SpreadsheetError('tooManyRows', { max: caps.maxRows });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) endCell();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
