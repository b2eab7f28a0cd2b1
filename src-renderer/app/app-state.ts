/**
 * Tells tests and the bench where the app is: `<html data-app-state="setup|sign-in|ready|error">`, and a
 * performance mark `airgap:shell-ready` the first time the shell is interactive (cold-start bench).
 */
export type AppState = 'setup' | 'sign-in' | 'ready' | 'error';

export function markAppState(state: AppState): void {
  document.documentElement.dataset.appState = state;
  if (state === 'ready' && performance.getEntriesByName('airgap:shell-ready').length === 0) {
    performance.mark('airgap:shell-ready');
  }
}
