import { z } from 'zod';
import { Language } from './project/primitives';

export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const LibrarySort = z.object({
  column: z.enum(['title', 'companyName', 'updatedAt']),
  direction: z.enum(['asc', 'desc']),
});

/** App settings, kept apart from projects: they belong to this computer, not to a document. */
export const Settings = z.object({
  /** null: follow the system language when it is one the app speaks. */
  uiLanguage: Language.nullable(),
  recentFiles: z.array(z.string().max(4096)).max(10),
  librarySort: LibrarySort,
  window: WindowState.nullable(),
});
export type Settings = z.infer<typeof Settings>;

/** The interface language: the one chosen, else the system's when the app speaks it, else English. */
export function resolveUiLanguage(chosen: Language | null, systemLocale: string): Language {
  if (chosen) return chosen;
  const system = Language.safeParse(systemLocale.slice(0, 2).toLowerCase());
  return system.success ? system.data : 'en';
}

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: null,
  recentFiles: [],
  librarySort: { column: 'updatedAt', direction: 'desc' },
  window: null,
};

/** What the renderer may change; the window state is the shell's business. */
export const SettingsPatch = Settings.pick({ uiLanguage: true, librarySort: true }).partial();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
