import { ForbiddenError } from '../../core/accounts';
import { CardError } from '../../core/exchange/card';
import type { MessageKey } from '../../i18n';
import { isArchiveError, type AgeLockKind, type ArchiveError } from '../../core/archive-file';
import { DemoActiveError } from '../../data/active-database';
import { ExportError, ImportRefusedError } from '../../data/exchange';

type Message = { key: MessageKey; details: string[]; params?: Record<string, string> };

/**
 * The sentence the user reads when a card, an export or an import is refused, and the details to
 * list under it (the first invalid records, the missing customers).
 */
export function exchangeErrorMessage(error: unknown, fallback: MessageKey): Message {
  if (isArchiveError(error)) return { key: `archiveError.${error.code}`, details: [] };
  if (error instanceof CardError) return { key: `exchange.card.${error.problem}`, details: [] };
  if (error instanceof ImportRefusedError) return { key: `exchange.refused.${error.code}`, details: error.details, params: error.params };
  if (error instanceof ExportError) return { key: `exchange.export.${error.code}`, details: [] };
  if (error instanceof ForbiddenError) return { key: error.messageKey, details: [] };
  if (error instanceof DemoActiveError) return { key: 'demo.outputRefused', details: [] };
  return { key: fallback, details: [] };
}

/**
 * What a file's problem means to the person importing it, in the import's words (交换文件, 交换口令,
 * 本机密钥): what the file is not or what happened, and what to do. `lock` is how the file is locked
 * (its header said so): a file the key does not open was locked for another department, a file the
 * passphrase does not open was given the wrong passphrase. Problems with no words of the import's
 * own keep the archive's (archiveError.*, shared with the backup).
 */
export function importErrorMessage(error: unknown, lock: AgeLockKind | null): Message {
  if (isArchiveError(error) && error.subject !== undefined && ATTACHMENT_KEYS[error.code]) {
    // An attachment's bytes (issue 18.5): the message names its file.
    return { key: ATTACHMENT_KEYS[error.code]!, details: [], params: { name: error.subject } };
  }
  const key = isArchiveError(error) ? importArchiveKey(error, lock) : null;
  return key ? { key, details: [] } : exchangeErrorMessage(error, 'exchange.import.failed');
}

const ATTACHMENT_KEYS: Partial<Record<ArchiveError['code'], MessageKey>> = {
  'blob-mismatch': 'exchangeImport.error.attachmentAltered',
  'blob-missing': 'exchangeImport.error.attachmentMissing',
  'blob-unexpected': 'exchangeImport.error.attachmentAltered',
};

function importArchiveKey(error: ArchiveError, lock: AgeLockKind | null): MessageKey | null {
  switch (error.code) {
    case 'empty':
      return 'exchangeImport.error.empty';
    // Not age, or age that opened to something this system never writes.
    case 'not-age':
    case 'not-gzip':
    case 'not-ndjson':
    case 'bad-manifest':
      return 'exchangeImport.error.notExchangeFile';
    case 'truncated':
    case 'corrupt':
    case 'missing-trailer':
    case 'hash-mismatch':
    case 'bad-signature':
    case 'count-mismatch':
      return 'exchangeImport.error.damaged';
    case 'wrong-key':
      return lock === 'recipients' ? 'exchangeImport.error.otherDepartment' : 'exchangeImport.error.wrongPassphrase';
    default:
      return null;
  }
}
