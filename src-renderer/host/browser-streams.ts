import {
  readPieceRequestSchema,
  readStreamRequestSchema,
  saveStreamRequestSchema,
  streamHandleRequestSchema,
  streamPieceRequestSchema,
  type BackupFileInfo,
  type ReadStreamOpened,
  type ReadStreamRequest,
  type SaveStreamRequest,
  type SaveStreamStarted,
} from '../core/host-contract';
import type { z } from 'zod';
import { HostError } from './bridge';

/**
 * Files by pieces in plain Chromium (host-contract.ts `saveStreamBegin` …): a page cannot write to
 * disk, so a save gathers its pieces into a Blob — which Chromium keeps outside the page's heap (in
 * its blob store, on disk when large) — and finishes as a download; a picked file is read with
 * `File.slice`, a piece at a time. The same validation as main's, so both hosts refuse alike.
 */

/** Pieces are folded into the Blob at this size: the page holds at most this much of a file being saved. */
const FOLD_BYTES = 32 * 1024 * 1024;

interface PendingSave {
  name: string;
  blob: Blob;
  pieces: Uint8Array<ArrayBuffer>[];
  pending: number;
  written: number;
}

export interface BrowserStreams {
  saveStreamBegin(request: SaveStreamRequest): Promise<SaveStreamStarted | null>;
  saveStreamWrite(request: { handle: string; bytes: Uint8Array }): Promise<number>;
  saveStreamFinish(request: { handle: string }): Promise<BackupFileInfo>;
  saveStreamAbort(request: { handle: string }): Promise<boolean>;
  readStreamOpen(request?: ReadStreamRequest): Promise<ReadStreamOpened | null>;
  readStreamPiece(request: { handle: string; offset: number; length: number }): Promise<Uint8Array>;
  readStreamClose(request: { handle: string }): Promise<boolean>;
}

/** A request checked by its contract schema, as main checks it: 'bad-request' with the first issue otherwise. */
export function parsed<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HostError('bad-request', result.error.issues[0]?.message);
  return result.data;
}

function newHandle(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function createBrowserStreams(
  pickFile: (request: ReadStreamRequest) => Promise<File | null>,
  download: (name: string, blob: Blob) => void,
): BrowserStreams {
  const saves = new Map<string, PendingSave>();
  const reads = new Map<string, File>();

  const save = (handle: string) => {
    const pending = saves.get(handle);
    if (!pending) throw new HostError('bad-request', 'unknown-handle');
    return pending;
  };
  const fold = (pending: PendingSave) => {
    pending.blob = new Blob([pending.blob, ...pending.pieces]);
    pending.pieces = [];
    pending.pending = 0;
  };

  return {
    async saveStreamBegin(request) {
      const target = parsed(saveStreamRequestSchema, request);
      // No folder on a web page: a scheduled backup is offered as a download instead (features/backup).
      if (target.target === 'backup-directory') throw new HostError('unsupported', 'the browser has no backup folder');
      const handle = newHandle();
      saves.set(handle, { name: target.suggestedName, blob: new Blob([]), pieces: [], pending: 0, written: 0 });
      return { handle, name: target.suggestedName };
    },
    async saveStreamWrite(request) {
      const { handle, bytes } = parsed(streamPieceRequestSchema, request);
      const pending = save(handle);
      // A copy: the caller may reuse its buffer once the call resolved, as it may with main's IPC.
      pending.pieces.push(new Uint8Array(bytes));
      pending.pending += bytes.byteLength;
      pending.written += bytes.byteLength;
      if (pending.pending >= FOLD_BYTES) fold(pending);
      return pending.written;
    },
    async saveStreamFinish(request) {
      const { handle } = parsed(streamHandleRequestSchema, request);
      const pending = save(handle);
      saves.delete(handle);
      fold(pending);
      download(pending.name, pending.blob);
      return { name: pending.name, bytes: pending.written, modifiedAt: new Date().toISOString() };
    },
    async saveStreamAbort(request) {
      const { handle } = parsed(streamHandleRequestSchema, request);
      return saves.delete(handle);
    },
    async readStreamOpen(request = {}) {
      const file = await pickFile(parsed(readStreamRequestSchema, request));
      if (!file) return null;
      const handle = newHandle();
      reads.set(handle, file);
      return { handle, name: file.name, size: file.size };
    },
    async readStreamPiece(request) {
      const { handle, offset, length } = parsed(readPieceRequestSchema, request);
      const file = reads.get(handle);
      if (!file) throw new HostError('bad-request', 'unknown-handle');
      try {
        return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
      } catch (error) {
        // The file was moved or changed on disk since it was picked (Chromium then refuses to read it).
        throw new HostError('io-error', String(error));
      }
    },
    async readStreamClose(request) {
      const { handle } = parsed(streamHandleRequestSchema, request);
      return reads.delete(handle);
    },
  };
}
