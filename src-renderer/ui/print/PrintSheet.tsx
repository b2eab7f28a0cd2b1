import { createContext, useContext, type ReactNode } from 'react';
import { useT } from '../../i18n/react';
import { pageCss, type PageSetup } from './page-css';
import classes from './print.module.css';

/**
 * The paper a report is printed on: the `@page` rules (size, margins, header and footer on every
 * page) and the sheet. `data-print-root` tells the print stylesheet to print this and nothing else.
 * `busy` while the report is read (tests and the bench wait for it). `footerNote` is the screen's
 * stand-in for the page numbers (only the printer knows the count).
 */
const SheetMark = createContext<string | null>(null);

/**
 * The mark of the sheet being printed (as in its page header): what a report's title block and a
 * cover print, so a report carries ONE mark — the one chosen for the print, never a record's own.
 */
export function useSheetMark(): string | null {
  return useContext(SheetMark);
}

export function PrintSheet({
  setup,
  footerNote,
  children,
  label,
  busy,
}: {
  setup: PageSetup;
  footerNote: string;
  children: ReactNode;
  label: string;
  busy: boolean;
}) {
  return (
    <SheetMark.Provider value={setup.mark}>
      <div className={classes.scroller}>
        <style>{pageCss(setup)}</style>
        <article data-print-root data-testid="report-sheet" aria-label={label} aria-busy={busy} className={`${classes.sheet} ${classes[setup.orientation]}`}>
          <header className={classes.pageHeader} aria-hidden>
            <span className={classes.mark} data-testid="sheet-mark">
              {setup.mark}
            </span>
            <span className={classes.copyNumber} data-testid="sheet-number">
              {setup.copyNumber}
            </span>
            <span className={classes.organisation}>{setup.organisation}</span>
          </header>
          {children}
          <footer className={classes.pageFooter} aria-hidden>
            <span>{setup.printedLine}</span>
            <span>{footerNote}</span>
          </footer>
        </article>
      </div>
    </SheetMark.Provider>
  );
}

/** The report's title, the line under it (period, filters, data as of) and the sheet's mark (the one in the page header). */
export function ReportTitle({ title, subtitle }: { title: string; subtitle?: string }) {
  const t = useT();
  const mark = useSheetMark();
  return (
    <>
      <h1 className={classes.title}>{title}</h1>
      {subtitle && <p className={classes.subtitle}>{subtitle}</p>}
      {mark && (
        <p className={classes.titleMark} data-testid="title-mark">
          {t('reports.sheet.markLine', { mark })}
        </p>
      )}
    </>
  );
}

export function ReportHeading({ children }: { children: ReactNode }) {
  return <h2 className={classes.heading}>{children}</h2>;
}

export function ReportNote({ children }: { children: ReactNode }) {
  return <p className={classes.note}>{children}</p>;
}

/** Keeps its content on one page when it fits (a chart, a short table with its heading). */
export function KeepTogether({ children }: { children: ReactNode }) {
  return <div className={classes.block}>{children}</div>;
}
