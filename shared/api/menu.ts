/**
 * Commands the native menu sends to the window; the UI runs them as if its own button was used.
 * `file:openRequested`: the system asked to open project files (double-click, "Open with");
 * the UI collects them with `app:takeOpenRequests`.
 */
export const MENU_COMMANDS = ['file:new', 'file:open', 'file:saveCopy', 'file:export', 'file:close', 'edit:undo', 'edit:redo', 'help:about', 'file:openRequested'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The name under which the preload exposes the API in the page (`window[BRIDGE_GLOBAL]`). */
export const BRIDGE_GLOBAL = 'commercialPolicy';
export const MENU_CHANNEL = 'menu:command';
