import { ForbiddenError } from '../../core/accounts';
import { CardError } from '../../core/exchange/card';
import type { MessageKey } from '../../i18n';
import { isArchiveError } from '../../core/archive-file';
import { ExportError, ImportRefusedError } from '../../data/exchange';

/**
 * The sentence the user reads when a card, an export or an import is refused, and the details to
 * list under it (the first invalid records, the missing customers).
 */
export function exchangeErrorMessage(error: unknown, fallback: MessageKey): { key: MessageKey; details: string[]; params?: Record<string, string> } {
  if (isArchiveError(error)) return { key: `archiveError.${error.code}`, details: [] };
  if (error instanceof CardError) return { key: `exchange.card.${error.problem}`, details: [] };
  if (error instanceof ImportRefusedError) return { key: `exchange.refused.${error.code}`, details: error.details, params: error.params };
  if (error instanceof ExportError) return { key: `exchange.export.${error.code}`, details: [] };
  if (error instanceof ForbiddenError) return { key: error.messageKey, details: [] };
  return { key: fallback, details: [] };
}
