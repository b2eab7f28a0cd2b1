// The bench's named measurements. Later issues add theirs by appending to this list.
//
// Each entry: { name, unit, better: 'lower' | 'higher', budget?, budgetOn?: 'value' | 'ratio',
//               optIn?: true (runs only when named with --only), description, run(ctx) }.
// run(ctx) returns a number (the value) or { value, baseline?, ratio?, samples?, detail? }.
// When the result has a ratio and budgetOn is 'ratio', the budget applies to the ratio.
//
// ctx (tests/bench/context.mjs):
//   ctx.scale            'small' | 'full'
//   ctx.seed             the generator seed
//   ctx.bench(dataset, fn, ...args)
//                        calls window.bench[fn](...args) in the bench page on the profile holding
//                        `dataset` ('data' = the institute at ctx.scale, 'empty' = setup done, no
//                        customers), loading it first if the profile does not hold it yet;
//                        'scratch' = a profile emptied at every run, for measurements that write
//                        throwaway databases (never write those into 'data' or 'empty')
//   ctx.coldStart(dataset, runs = 3)
//                        launches a new browser on that profile `runs` times, opens the app and
//                        returns { value: median ms to 'airgap:shell-ready', samples }
//   ctx.log(line)        prints a progress line

/** Records per measured write: enough for several 10,000-record transactions at full scale. */
const writeCount = (scale) => (scale === 'full' ? 20_000 : 5_000);

export const measurements = [
  {
    name: 'write.vs-bulkput',
    unit: 'records/s',
    better: 'higher',
    budget: 0.5,
    budgetOn: 'ratio',
    description: "the app's write path (createRecords: envelope + change log) against raw Dexie bulkPut, interactions",
    async run(ctx) {
      const r = await ctx.bench('scratch', 'measureWriteVsBulkPut', writeCount(ctx.scale), ctx.seed);
      return { value: r.appPerSec, baseline: r.rawPerSec, ratio: r.ratio, detail: { records: r.n } };
    },
  },
  {
    name: 'startup.cold-empty',
    unit: 'ms',
    better: 'lower',
    description: 'new browser process → app shell interactive, setup done but no customers (median of 3)',
    run: (ctx) => ctx.coldStart('empty'),
  },
  {
    name: 'startup.cold-full',
    unit: 'ms',
    better: 'lower',
    budget: 1500,
    description: 'new browser process → app shell interactive, database holding the whole institute (median of 3)',
    run: (ctx) => ctx.coldStart('data'),
  },
];
