import { useEffect, useState } from 'react';

/**
 * While the lock screen is up, everything else on the page is `inert`: out of reach of the pointer, the
 * keyboard (Tab, a screen reader's virtual cursor) and the accessibility tree. An opaque overlay alone hides
 * the page from the eye only: a focus trap does not stop a screen reader, nor a dialog or portal opened
 * meanwhile (Mantine's portals share one node, so the lock screen gets its own).
 *
 * Returns the lock screen's portal node (null on the first render, before it is in the page); the app root
 * and every other child of body are covered, and so is any added while locked. When the screen opens again,
 * the cursor goes back where the user was.
 */
export function useCoverPage(): HTMLElement | null {
  // Read at the lock screen's first render, before its dialog takes the focus.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const [own, setOwn] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const node = document.createElement('div');
    node.dataset.lockScreen = 'true';
    const covered = new Set<HTMLElement>();
    const cover = (other: Node) => {
      if (!(other instanceof HTMLElement) || other === node || other.inert) return;
      other.inert = true;
      covered.add(other);
    };
    Array.from(document.body.children).forEach(cover);
    document.body.appendChild(node);
    const added = new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach(cover)));
    added.observe(document.body, { childList: true });
    setOwn(node);
    return () => {
      added.disconnect();
      covered.forEach((other) => (other.inert = false));
      node.remove();
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [returnTo]);

  return own;
}
