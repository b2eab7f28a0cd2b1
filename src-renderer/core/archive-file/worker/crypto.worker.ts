import type { FromWorker, ToWorker } from './protocol';
import { serveAgeJob } from './serve';

/**
 * The crypto worker's entry (a module Web Worker, bundled by Vite from the `new Worker(new URL(…))`
 * in client.ts): scrypt and the age cipher run here, so the window never freezes on them.
 * Typed by hand: core is compiled without the DOM and WebWorker libraries too (Node: CLI, tests).
 */
type WorkerScope = {
  postMessage(message: FromWorker, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
};
const scope = globalThis as typeof globalThis & WorkerScope;

serveAgeJob({
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  receive: (handler) => scope.addEventListener('message', (event) => handler(event.data)),
});
