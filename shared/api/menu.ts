/** Commands the native menu sends to the window; the UI runs them as if its own button was used. */
export const MENU_COMMANDS = ['file:new', 'file:open', 'file:saveCopy', 'file:export', 'file:close', 'edit:undo', 'edit:redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The name under which the preload exposes the API in the page (`window[BRIDGE_GLOBAL]`). */
export const BRIDGE_GLOBAL = 'commercialPolicy';
export const MENU_CHANNEL = 'menu:command';
