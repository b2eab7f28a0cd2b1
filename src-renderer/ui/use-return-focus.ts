import { useEffect, useState } from 'react';

/**
 * For a dialog that is mounted open and unmounted to close (each opening starts from fresh values):
 * Mantine's Modal returns focus only when its `opened` prop changes, so such a dialog would leave
 * focus on the page body after saving or cancelling — a keyboard user starts over from the top.
 * This remembers what had focus when the dialog mounted (the button that opened it) and gives focus
 * back to it on unmount, if it is still on the page and nothing else took focus meanwhile.
 */
export function useReturnFocus(): void {
  const [opener] = useState<Element | null>(() => (typeof document === 'undefined' ? null : document.activeElement));
  useEffect(
    () => () => {
      if (!(opener instanceof HTMLElement) || opener === document.body) return;
      // After the modal's own unmount and focus-trap cleanup.
      window.setTimeout(() => {
        const active = document.activeElement;
        if (opener.isConnected && (active === null || active === document.body)) opener.focus({ preventScroll: true });
      }, 0);
    },
    [opener],
  );
}
