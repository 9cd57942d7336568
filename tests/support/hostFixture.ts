import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../../main/host/server';

import { REPO_ROOT } from './paths';

export interface HostFixture {
  host: RunningHost;
  libraryDir: string;
  dataDir: string;
  dispose(): Promise<void>;
}

/** The test host over the built renderer with a fresh, temporary library. */
export async function startTestHost(): Promise<HostFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cpb-e2e-'));
  const libraryDir = join(dataDir, 'Library');
  const host = await startHost({
    dataDir,
    libraryDir,
    templatesDir: join(REPO_ROOT, 'templates'),
    rendererDir: join(REPO_ROOT, 'out', 'renderer'),
  });
  return {
    host,
    libraryDir,
    dataDir,
    dispose: async () => {
      await host.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
