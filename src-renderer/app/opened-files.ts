import { useEffect, useRef } from 'react';
import { HostError, hostFileOf, type HostBridge } from '../host';
import type { IncomingFile } from '../state/opened-file';

/**
 * Takes what the OS handed the app — at start and whenever the host says a file is waiting — and passes it on
 * (the app root sends it to the exchange import) as a file read by pieces. Errors (unreadable) are passed on too, so the
 * import screen says why nothing opened.
 */
export function useOpenedFiles(host: HostBridge, onIncoming: (incoming: IncomingFile) => void): void {
  const deliver = useRef(onIncoming);
  deliver.current = onIncoming;
  useEffect(() => {
    // Delivered even after an unmount: the host handed the file over once (StrictMode mounts twice), and
    // what receives it is a store, not this component.
    const take = () => {
      host.takeOpenedFile().then(
        (opened) => opened && deliver.current({ file: hostFileOf(host, opened) }),
        (error: unknown) => deliver.current({ error: error instanceof HostError ? error.code : 'io-error' }),
      );
    };
    take();
    return host.onFileOpened(take);
  }, [host]);
}
