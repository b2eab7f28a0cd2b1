// Shared set-up for unit tests: an in-memory IndexedDB for Dexie, and the browser APIs jsdom lacks
// but Mantine needs (matchMedia, ResizeObserver).
import 'fake-indexeddb/auto';

if (typeof window !== 'undefined') {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
