import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Environment variable that overrides where the library (projects folder) lives. */
export const LIBRARY_ENV = 'CPB_LIBRARY_DIR';

export function libraryDirFrom(dataDir: string, override?: string): string {
  const chosen = override ?? process.env[LIBRARY_ENV];
  return chosen ? resolve(chosen) : join(dataDir, 'Library');
}

/**
 * The folder that holds `templates/` (and later fonts): the packaged app's resources folder, or
 * the repository in development. Looked for upwards from this module, so it works from the
 * sources (tsx, vitest) and from the bundle in out/main alike.
 */
export function findResourceRoot(resourcesPath: string | undefined = process.resourcesPath): string {
  if (resourcesPath && existsSync(join(resourcesPath, 'templates'))) return resourcesPath;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'templates', 'projects'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the templates folder.');
    dir = parent;
  }
}

/**
 * Where a file packed into the app archive really is on disk. Files that native code reads by
 * path (fonts for the chart renderer) are unpacked beside the archive by the installer build.
 */
export function unpackedPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
