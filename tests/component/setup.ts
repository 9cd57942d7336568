import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setupI18n } from '../../renderer/i18n/setup';

// jsdom lacks these browser APIs that Mantine uses.
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
})) as typeof window.matchMedia;
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= () => undefined;
// Mantine's autosizing textarea re-measures when web fonts finish loading.
(document as { fonts?: unknown }).fonts ??= { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() };

await setupI18n('en');
afterEach(() => cleanup());
