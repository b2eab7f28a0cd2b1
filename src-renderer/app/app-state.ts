/**
 * Tells tests and the bench where the app is: `<html data-app-state="setup|sign-in|ready|error">`, and a
 * performance mark `airgap:shell-ready` the first time the app is interactive — the sign-in page, or the
 * shell (cold-start bench) — and `airgap:signed-in` each time a signed-in user's shell is up.
 */
export type AppState = 'setup' | 'sign-in' | 'ready' | 'error';

export function markAppState(state: AppState): void {
  document.documentElement.dataset.appState = state;
  const interactive = state === 'ready' || state === 'sign-in';
  if (interactive && performance.getEntriesByName('airgap:shell-ready').length === 0) performance.mark('airgap:shell-ready');
  if (state === 'ready') performance.mark('airgap:signed-in');
}
