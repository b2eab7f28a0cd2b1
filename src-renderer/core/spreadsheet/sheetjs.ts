import type * as SheetJsModule from '@e965/xlsx';

/** SheetJS (`@e965/xlsx`) as its module: what the readers and writers are handed once it is loaded. */
export type SheetJs = typeof SheetJsModule;

let loading: Promise<SheetJs> | null = null;

/**
 * SheetJS with its code-page tables (an .xls from Chinese Excel or WPS stores its text in GBK, code page
 * 936), loaded the first time a spreadsheet is read or written. They are 660 KB, a fifth of the
 * renderer's script: loaded with the app, every start parsed them for the few minutes a year a list
 * is imported or exported. A failed load (never expected: the chunk ships with the app) is tried
 * again at the next call.
 */
export function loadSheetJs(): Promise<SheetJs> {
  loading ??= Promise.all([import('@e965/xlsx'), import('@e965/xlsx/dist/cpexcel.full.mjs')]).then(
    ([lib, cpexcel]) => {
      lib.set_cptable(cpexcel);
      return lib;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
