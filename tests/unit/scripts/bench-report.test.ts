import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { machineBlock, printTable } from '../../bench/report.mjs';

const quiet = { cores: 2, loadStart: [0.4, 0.5, 0.6], loadEnd: [1.2, 0.8, 0.7], chromium: '131.0.6778.85' };

function printed(rows: object[], machine?: object): string[] {
  const lines: string[] = [];
  printTable(rows, (line: string) => lines.push(line), machine);
  return lines;
}

describe('bench report', () => {
  it('states the machine, and warns only when the 1-minute load exceeds the cores', () => {
    expect(machineBlock(quiet).warning).toBeUndefined();
    const atEnd = machineBlock({ ...quiet, loadEnd: [2.5, 1.1, 0.9] }).warning;
    expect(atEnd).toMatch(/exceeded the 2 cores \(2\.5 at the end/);
    expect(atEnd).not.toMatch(/at the start/);
    expect(machineBlock({ ...quiet, loadStart: [3.01, 1, 1] }).warning).toMatch(/3\.01 at the start/);
    const lines = printed([], machineBlock({ ...quiet, loadStart: [3, 2, 1] }));
    expect(lines[0]).toBe('machine: 2 cores, Chromium 131.0.6778.85');
    expect(lines[1]).toBe('load average (1 / 5 / 15 min): 3.00 / 2.00 / 1.00 at the start, 1.20 / 0.80 / 0.70 at the end');
    expect(lines[2]).toMatch(/^WARNING: /);
  });

  it('prints floor, figure and ratio per row, the replaced absolute budget kept for the record', () => {
    const lines = printed([
      {
        name: 'startup.cold-full',
        value: 1234,
        baseline: 617,
        ratio: 2,
        unit: 'ms',
        better: 'lower',
        budget: 2,
        budgetOn: 'ratio',
        detail: { absoluteBudget: 1500 },
        pass: true,
      },
      { name: 'broken', value: null, unit: 's', better: 'lower', error: 'page closed', pass: false },
    ]);
    expect(lines[0]).toMatch(/^measurement\s+floor\s+figure\s+unit\s+ratio\s+budget\s+result$/);
    expect(lines[2]).toMatch(/^startup\.cold-full\s+617\s+1,234\s+ms\s+2\.00×\s+≤ 2× \(was ≤ 1,500 ms\)\s+pass$/);
    expect(lines[3]).toMatch(/^broken\s+—\s+s\s+ERROR$/);
    expect(lines[4]).toBe('broken: page closed');
  });
});
