import { runPasswordJob, type PasswordJob, type PasswordReply } from './protocol';

/**
 * The password worker's entry (a module Web Worker, bundled by Vite from the `new Worker(new URL(…))`
 * in ../password-off-thread.ts): scrypt runs here so the window never freezes on a sign-in.
 * Typed by hand: core is compiled without the DOM and WebWorker libraries too (Node: CLI, tests).
 */
type WorkerScope = {
  postMessage(message: PasswordReply): void;
  addEventListener(type: 'message', listener: (event: { data: PasswordJob }) => void): void;
};
const scope = globalThis as typeof globalThis & WorkerScope;

scope.addEventListener('message', (event) => scope.postMessage(runPasswordJob(event.data)));
