/** The archive file format (docs/archive-format.md): backup / restore now, department exchange later. */
export { ArchiveError, ARCHIVE_ERROR_CODES, isArchiveError, type ArchiveErrorCode } from './errors';
export {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  BLOB_FORMAT_VERSION,
  BLOB_PART_BYTES,
  declaredBlobs,
  type BlobsDeclaration,
  SCOPE_TYPES,
  archiveManifestSchema,
  completeManifest,
  type ArchiveManifest,
  type ArchiveManifestInput,
  type ArchiveScope,
  type ScopeType,
} from './manifest';
export { AGE_LOCK_SNIFF_BYTES, detectAgeLock, type AgeLockInfo, type AgeLockKind } from './age-lock';
export { DEFAULT_WORK_FACTOR, MAX_WORK_FACTOR, openAge, sealAge, type ArchiveLock, type ArchiveUnlock } from './age-layer';
export { buildPayload, type ArchiveRecordLine, type PayloadOptions, type WriteProgress, type WriteSummary } from './payload-writer';
export { DEFAULT_MAX_PAYLOAD_BYTES, readPayload, type ReadOptions, type ReadProgress } from './payload-reader';
export {
  DEFAULT_MAX_LINE_BYTES,
  DEFAULT_MAX_RECORDS,
  type ArchiveEnd,
  type ArchiveEvent,
  type ArchiveManifestEvent,
  type ArchiveRecordEvent,
  type PayloadReadOptions,
  type RecordValidation,
} from './payload-verifier';
export { writeArchive, type WriteArchiveOptions } from './writer';
export { inspectArchive, readArchive, type ArchiveInspection, type InspectOptions } from './reader';
export { archiveBlobOf, BLOB_LINE_KEY, partsOf, type ArchiveBlob, type ArchiveBlobEvent, type BlobRef } from './blob-lines';
