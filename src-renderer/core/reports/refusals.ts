/**
 * Reports that must not be printed at all, whatever the mark: thrown by the print function (nothing
 * printed, nothing logged) so a caller that skipped the screen's check is refused too. The code is
 * the i18n key of the message.
 */
export type ReportRefusalCode = 'reports.error.zeroingNotQuality' | 'reports.zeroing.missing';

export class ReportRefusedError extends Error {
  constructor(readonly code: ReportRefusalCode) {
    super(code);
    this.name = 'ReportRefusedError';
  }
}
