// Turning measurement results into rows, a printed table and bench-results.json.

/** A row of bench-results.json: { name, value, unit, better, budget?, baseline?, ratio?, … }. */
export function toRow(measurement, result, scale) {
  const r = typeof result === 'number' ? { value: result } : result;
  const row = { name: measurement.name, value: r.value, unit: measurement.unit, better: measurement.better };
  if (measurement.budget !== undefined) row.budget = measurement.budget;
  if (measurement.budgetOn === 'ratio') row.budgetOn = 'ratio';
  if (r.baseline !== undefined) row.baseline = r.baseline;
  if (r.ratio !== undefined) row.ratio = Number(r.ratio.toFixed(3));
  if (r.samples) row.samples = r.samples;
  if (r.detail) row.detail = r.detail;
  // An absolute budget a ratio replaced (issue 20) stays in the row, for the record.
  if (measurement.absoluteBudget !== undefined) row.detail = { ...row.detail, absoluteBudget: measurement.absoluteBudget };
  row.scale = scale;
  row.pass = passes(row);
  return row;
}

export function errorRow(measurement, error, scale) {
  return {
    name: measurement.name,
    value: null,
    unit: measurement.unit,
    better: measurement.better,
    budget: measurement.budget,
    scale,
    error: String(error?.message ?? error),
    pass: false,
  };
}

/** Within budget? Rows without a budget always pass; the budget applies to the ratio when budgetOn says so. */
export function passes(row) {
  if (row.budget === undefined) return true;
  const measured = row.budgetOn === 'ratio' ? row.ratio : row.value;
  if (typeof measured !== 'number' || Number.isNaN(measured)) return false;
  return row.better === 'higher' ? measured >= row.budget : measured <= row.budget;
}

function formatNumber(value) {
  if (value === null || value === undefined) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(3)).toString();
}

function budgetText(row) {
  if (row.budget === undefined) return '';
  const op = row.better === 'higher' ? '≥' : '≤';
  const text = row.budgetOn === 'ratio' ? `${op} ${row.budget}×` : `${op} ${formatNumber(row.budget)}`;
  // The absolute budget a ratio replaced stays in the row, for the record (it does not decide the result).
  const recorded = row.detail?.absoluteBudget;
  return recorded === undefined ? text : `${text} (was ${op} ${formatNumber(recorded)} ${row.unit})`;
}

/**
 * The machine a run was measured on: cores, the load average (1, 5, 15 min) when the run started
 * and when it ended, the Chromium version; `warning` when the 1-minute load exceeded the cores at
 * either end (other work competed: the absolute figures are slowed, the ratios much less).
 * @param {{ cores: number, cpu?: string, loadStart: number[], loadEnd: number[], chromium: string | null, node?: string }} m
 */
export function machineBlock({ cores, cpu, loadStart, loadEnd, chromium, node }) {
  const round = (xs) => xs.map((x) => Math.round(x * 100) / 100);
  const block = { cores, cpu, node, chromium, loadAverage: { start: round(loadStart), end: round(loadEnd) } };
  // Only the ends that exceeded are named; the end's figure counts the bench's own browser processes too.
  const over = [];
  if ((loadStart[0] ?? 0) > cores) over.push(`${block.loadAverage.start[0]} at the start`);
  if ((loadEnd[0] ?? 0) > cores) over.push(`${block.loadAverage.end[0]} at the end, the bench's own browser included`);
  if (over.length > 0)
    block.warning = `the 1-minute load average exceeded the ${cores} cores (${over.join('; ')}): other work may have competed with this run, so the absolute figures may be slowed; compare ratios, and take budgets from a quiet run`;
  return block;
}

/** The header lines of the table: what machine, how loaded. */
export function machineLines(machine) {
  const load = (xs) => xs.map((x) => x.toFixed(2)).join(' / ');
  const lines = [
    `machine: ${machine.cores} cores${machine.cpu ? ` (${machine.cpu})` : ''}, Chromium ${machine.chromium ?? 'unknown'}${machine.node ? `, Node ${machine.node}` : ''}`,
    `load average (1 / 5 / 15 min): ${load(machine.loadAverage.start)} at the start, ${load(machine.loadAverage.end)} at the end`,
  ];
  if (machine.warning) lines.push(`WARNING: ${machine.warning}`);
  return lines;
}

/**
 * The table: per row the floor (the same work done the plainest way, same run), the figure (the
 * app's), their ratio, the budget and the result. With `machine`, the machine lines come first.
 */
export function printTable(rows, print = console.log, machine = undefined) {
  if (machine) {
    for (const line of machineLines(machine)) print(line);
    print('');
  }
  const table = rows.map((row) => [
    row.name,
    row.baseline === undefined ? '' : formatNumber(row.baseline),
    formatNumber(row.value),
    row.unit,
    row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}×`,
    budgetText(row),
    row.error ? 'ERROR' : row.budget === undefined ? '' : row.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['measurement', 'floor', 'figure', 'unit', 'ratio', 'budget', 'result'];
  const right = new Set([1, 2, 4]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  print(line(head));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cells of table) print(line(cells));
  for (const row of rows) if (row.error) print(`${row.name}: ${row.error}`);
}
