import type { BackupFileInfo, ReadStreamOpened, ReadStreamRequest, SaveStreamRequest } from '../core/host-contract';
import { HostError, type HostBridge } from './bridge';

/**
 * Big files through the host a piece at a time (issue 18.5): what the exchange and the backup write and
 * read. Built on the contract's piece methods, the same over Electron's IPC and in the browser.
 */

/** What one call carries: big enough that IPC costs nothing next to the cipher, small enough to never matter. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** A picked file, read when needed and as often as needed (a second try with another passphrase), never held whole. */
export interface HostFile {
  readonly name: string;
  readonly size: number;
  /** Its first `length` bytes (fewer when it is shorter): enough for the age header. */
  head(length: number): Promise<Uint8Array>;
  /** The whole file, a piece at a time, from the start. */
  stream(): ReadableStream<Uint8Array>;
  /** The host forgets the file (nothing else to release). */
  close(): Promise<void>;
}

/** The file the host opened for reading by pieces (a pick, or a file the OS handed over). */
export function hostFileOf(host: HostBridge, opened: ReadStreamOpened): HostFile {
  const { handle, name, size } = opened;
  const piece = async (offset: number, length: number) => {
    const bytes = await host.readStreamPiece({ handle, offset, length });
    // Shorter than asked before its end: the file shrank since it was picked.
    if (bytes.byteLength !== length) throw new HostError('io-error', 'the file changed while it was read');
    return bytes;
  };
  return {
    name,
    size,
    head: async (length) => (size === 0 ? new Uint8Array(0) : piece(0, Math.min(length, size, PIECE_BYTES))),
    stream() {
      let offset = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (offset >= size) return controller.close();
          const bytes = await piece(offset, Math.min(PIECE_BYTES, size - offset));
          offset += bytes.byteLength;
          controller.enqueue(bytes);
        },
      });
    },
    close: async () => {
      await host.readStreamClose({ handle }).catch(() => undefined);
    },
  };
}

/** The open dialog for a file read by pieces; null when cancelled. */
export async function pickHostFile(host: HostBridge, request: ReadStreamRequest = {}): Promise<HostFile | null> {
  const opened = await host.readStreamOpen(request);
  return opened ? hostFileOf(host, opened) : null;
}

/**
 * Saves what `produce` streams: the dialog (or the backup folder's file) first — null when the user
 * cancels, and nothing is produced — then the pieces, then the host's atomic finish. Any failure (of the
 * stream or of the disk) removes the unfinished file and is thrown: the target keeps what it held.
 */
export async function saveStream(
  host: HostBridge,
  request: SaveStreamRequest,
  produce: () => Promise<ReadableStream<Uint8Array>>,
): Promise<BackupFileInfo | null> {
  const started = await host.saveStreamBegin(request);
  if (!started) return null;
  const { handle } = started;
  try {
    const reader = (await produce()).getReader();
    try {
      await writePieces(reader, (bytes) => host.saveStreamWrite({ handle, bytes }));
    } catch (error) {
      await reader.cancel(error).catch(() => undefined);
      throw error;
    }
    return await host.saveStreamFinish({ handle });
  } catch (error) {
    await host.saveStreamAbort({ handle }).catch(() => undefined);
    throw error;
  }
}

/** Gathers the stream's chunks (age's are 64 KiB) into pieces of PIECE_BYTES, each written before the next is read. */
async function writePieces(reader: ReadableStreamDefaultReader<Uint8Array>, write: (bytes: Uint8Array<ArrayBuffer>) => Promise<unknown>): Promise<void> {
  let piece = new Uint8Array(PIECE_BYTES);
  let filled = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let offset = 0;
    while (offset < value.byteLength) {
      const n = Math.min(value.byteLength - offset, PIECE_BYTES - filled);
      piece.set(value.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
      if (filled === PIECE_BYTES) {
        await write(piece);
        piece = new Uint8Array(PIECE_BYTES);
        filled = 0;
      }
    }
  }
  // A copy of the filled part only: a view would carry the whole buffer across IPC.
  if (filled > 0) await write(piece.slice(0, filled));
}
