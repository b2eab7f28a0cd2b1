import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { runMeasurements } from '../../bench/runner.mjs';

type Row = { name: string; value: number | null; error?: string; pass: boolean; ratio?: number; detail?: Record<string, unknown> };
type Measurement = {
  name: string;
  unit: string;
  better: 'lower' | 'higher';
  budget?: number;
  budgetOn?: 'ratio';
  absoluteBudget?: number;
  timeoutMs?: number;
  run: (ctx: FakeCtx) => Promise<unknown>;
};
type FakeCtx = { calls: string[]; sessionOpen: boolean; resets: number; reset: () => Promise<void>; use: (name: string) => void };

/** A stand-in for the bench context: records which measurement used the session, and when it was reset. */
function fakeContext(): FakeCtx {
  const ctx: FakeCtx = {
    calls: [],
    sessionOpen: true,
    resets: 0,
    async reset() {
      ctx.resets++;
      ctx.sessionOpen = true; // a fresh session for the next measurement
    },
    use(name) {
      if (!ctx.sessionOpen) throw new Error(`${name}: Target page, context or browser has been closed`);
      ctx.calls.push(name);
    },
  };
  return ctx;
}

const run = (list: Measurement[], ctx: FakeCtx, options: { timeoutMs?: number } = {}) =>
  runMeasurements(list, ctx, { scale: 'small', ...options }) as Promise<Row[]>;

const ok = (name: string, value: number): Measurement => ({
  name,
  unit: 'ms',
  better: 'lower',
  budget: 100,
  run: async (ctx) => {
    ctx.use(name);
    return value;
  },
});

describe('bench runner', () => {
  it('a measurement that throws becomes its row’s error and the next ones still run', async () => {
    const ctx = fakeContext();
    const rows = await run(
      [
        ok('a', 10),
        {
          name: 'b',
          unit: 'ms',
          better: 'lower',
          run: () => {
            throw new Error('boom');
          },
        },
        ok('c', 20),
      ],
      ctx,
    );
    expect(rows.map((r) => [r.name, r.value, r.pass])).toEqual([
      ['a', 10, true],
      ['b', null, false],
      ['c', 20, true],
    ]);
    expect(rows[1]!.error).toBe('boom');
    expect(ctx.calls).toEqual(['a', 'c']);
  });

  it('a measurement that closes the page leaves the next one a fresh session', async () => {
    const ctx = fakeContext();
    const closing: Measurement = {
      name: 'import-full',
      unit: 's',
      better: 'lower',
      run: async (c) => {
        c.sessionOpen = false; // the page closed under load
        throw new Error('page.evaluate: Target page, context or browser has been closed');
      },
    };
    const rows = await run([closing, ok('after-1', 5), ok('after-2', 6)], ctx);
    expect(rows.map((r) => r.pass)).toEqual([false, true, true]);
    expect(rows[0]!.error).toMatch(/closed/);
    expect(ctx.resets).toBe(1);
    expect(ctx.calls).toEqual(['after-1', 'after-2']);
  });

  it('a measurement that never finishes fails after its time and the run goes on', async () => {
    const ctx = fakeContext();
    const hanging: Measurement = { name: 'hangs', unit: 'ms', better: 'lower', timeoutMs: 50, run: () => new Promise(() => {}) };
    const rows = await run([hanging, ok('next', 1)], ctx);
    expect(rows[0]!.error).toMatch(/hangs did not finish within/);
    expect(rows[1]!.pass).toBe(true);
    expect(ctx.resets).toBe(1);
  });

  it('a failing reset does not stop the run either', async () => {
    const ctx = fakeContext();
    ctx.reset = async () => {
      throw new Error('browser gone');
    };
    const failing: Measurement = { name: 'x', unit: 'ms', better: 'lower', run: async () => Promise.reject(new Error('x failed')) };
    const rows = await run([failing, ok('y', 3)], ctx);
    expect(rows.map((r) => [r.name, r.pass])).toEqual([
      ['x', false],
      ['y', true],
    ]);
  });

  it('the budget of a ratio measurement applies to the ratio, a missed one fails its row only', async () => {
    const ctx = fakeContext();
    const ratio = (name: string, r: number): Measurement => ({
      name,
      unit: 'ms',
      better: 'lower',
      budget: 2,
      budgetOn: 'ratio',
      absoluteBudget: 3000,
      run: async () => ({ value: 5000, baseline: 5000 / r, ratio: r, detail: { runs: 3 } }),
    });
    const rows = await run([ratio('slow', 2.5), ratio('fine', 1.4)], ctx);
    expect(rows.map((r) => [r.name, r.ratio, r.pass])).toEqual([
      ['slow', 2.5, false],
      ['fine', 1.4, true],
    ]);
    // The absolute budget the ratio replaced is kept in the row's detail; it does not decide the result.
    expect(rows.map((r) => r.detail)).toEqual([
      { runs: 3, absoluteBudget: 3000 },
      { runs: 3, absoluteBudget: 3000 },
    ]);
    expect(ctx.resets).toBe(0);
  });

  it('the time a measurement waits for its profile to load does not count against its limit', async () => {
    const ctx = Object.assign(fakeContext(), { setup: 0, setupMs: () => ctx.setup });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const loadsFirst: Measurement = {
      name: 'loads-first',
      unit: 'ms',
      better: 'lower',
      timeoutMs: 100,
      run: async () => {
        // 250 ms of loading the institute (counted by the context), then 60 ms of measuring.
        const started = Date.now();
        while (Date.now() - started < 250) {
          ctx.setup = Date.now() - started;
          await sleep(10);
        }
        ctx.setup = 250;
        await sleep(60);
        return 5;
      },
    };
    const slow: Measurement = { ...loadsFirst, name: 'measures-too-long', run: () => sleep(250).then(() => 5) };
    const rows = await run([loadsFirst, slow], ctx);
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ['loads-first', 5],
      ['measures-too-long', null],
    ]);
  });
});
