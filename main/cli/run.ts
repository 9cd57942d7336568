import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './program';

/** Where Electron keeps this app's user data on each platform (the same folder as the app's). */
function appDataDir(): string {
  const name = 'Commercial Policy Builder';
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  dataDir: appDataDir(),
});
