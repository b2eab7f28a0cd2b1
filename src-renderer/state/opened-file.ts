import { create } from 'zustand';
import type { HostErrorCode } from '../core/host-contract';
import type { HostFile } from '../host';

/**
 * A file the OS handed the app (a double-clicked exchange archive), on its way from the app root
 * (app/opened-files.ts takes it from the host) to the exchange import, which consumes it once.
 */
export type IncomingFile = { file: HostFile } | { error: HostErrorCode };

interface OpenedFileState {
  incoming: IncomingFile | null;
}

interface OpenedFileActions {
  offer: (incoming: IncomingFile) => void;
  /** The waiting file or error, once; null when none. */
  consume: () => IncomingFile | null;
}

const initialState: OpenedFileState = { incoming: null };

export const useOpenedFile = create<OpenedFileState & OpenedFileActions>()((set, get) => ({
  ...initialState,
  offer: (incoming) => set({ incoming }),
  consume: () => {
    const { incoming } = get();
    if (incoming) set({ incoming: null });
    return incoming;
  },
}));
