import { join } from 'node:path';
import type { ShellPort, Services } from '../api/handlers';
import { inProcessRenderer, type DocumentRenderer } from './export/renderer';
import { ProjectStore } from './projectStore';
import { SettingsStore } from './settingsStore';
import { TemplateLibrary } from './templateLibrary';

export interface ServicePaths {
  libraryDir: string;
  /** Folder for settings.json (the app's user-data folder). */
  dataDir: string;
  templatesDir: string;
}

/** Builds every service from its folders; shared by the desktop app, the test host and the CLI. */
export function composeServices(paths: ServicePaths, shell: ShellPort, now: () => Date = () => new Date(), renderer: DocumentRenderer = inProcessRenderer()): Services {
  return {
    renderer,
    store: new ProjectStore({ libraryDir: paths.libraryDir, now }),
    settings: new SettingsStore(join(paths.dataDir, 'settings.json')),
    templates: new TemplateLibrary(paths.templatesDir),
    shell,
    now,
  };
}
