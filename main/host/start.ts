import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libraryDirFrom, findResourceRoot } from '../services/paths';
import { startHost } from './server';

// `npm run host`: the app in a browser against a throw-away (or CPB_LIBRARY_DIR) library.
const root = findResourceRoot();
const dataDir = mkdtempSync(join(tmpdir(), 'cpb-host-'));
const host = await startHost({
  libraryDir: libraryDirFrom(dataDir),
  dataDir,
  templatesDir: join(root, 'templates'),
  rendererDir: join(root, 'out', 'renderer'),
  port: Number(process.env.PORT ?? 5174),
});
console.log(`Commercial Policy Builder test host: ${host.url} (library: ${libraryDirFrom(dataDir)})`);
