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
  return row.budgetOn === 'ratio' ? `ratio ${op} ${row.budget}` : `${op} ${formatNumber(row.budget)}`;
}

export function printTable(rows, print = console.log) {
  const table = rows.map((row) => [
    row.name,
    formatNumber(row.value),
    row.unit,
    row.baseline === undefined ? '' : formatNumber(row.baseline),
    row.ratio === undefined ? '' : row.ratio.toFixed(2),
    budgetText(row),
    row.error ? 'ERROR' : row.budget === undefined ? '' : row.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['measurement', 'value', 'unit', 'baseline', 'ratio', 'budget', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  print(line(head));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const cells of table) print(line(cells));
  for (const row of rows) if (row.error) print(`${row.name}: ${row.error}`);
}
