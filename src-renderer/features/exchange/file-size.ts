import type { Translate } from '../../i18n';

/** A size as the exchange screens show it: MB (two decimals below 1 MB, at least 0.01), GB beyond. */
export function sizeText(bytes: number, t: Translate): string {
  if (bytes < 1024 * 1024) return t('exchange.size.mb', { n: Math.max(0.01, bytes / (1024 * 1024)).toFixed(2) });
  if (bytes < 1024 * 1024 * 1024) return t('exchange.size.mb', { n: (bytes / (1024 * 1024)).toFixed(1) });
  return t('exchange.size.gb', { n: (bytes / (1024 * 1024 * 1024)).toFixed(2) });
}
