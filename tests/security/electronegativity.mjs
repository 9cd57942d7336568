// Electronegativity scan of the desktop shell (main/, preload included). Part of `npm test`:
// any finding fails the run. Suppressions belong inline, next to the code, with the reason.
// The package's own CLI breaks against the hoisted commander, so its runner is called directly.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronVersion = require('electron/package.json').version;

// What ships as the shell: main/ (with the preload), the shared code it bundles, and the page.
const target = mkdtempSync(join(tmpdir(), 'cpb-scan-'));
for (const part of ['main', 'shared', 'renderer/index.html', 'package.json']) cpSync(join(root, part), join(target, part), { recursive: true });

const result = await run({
  input: target,
  isRelative: true,
  severitySet: 'informational',
  confidenceSet: 'tentative',
  electronVersionOverride: electronVersion,
});
rmSync(target, { recursive: true, force: true });
const parseErrors = result.errors.filter((e) => !e.tolerable);
for (const e of parseErrors) console.error(`parse error: ${e.file}: ${e.message}`);
for (const issue of result.issues) {
  console.error(`${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column} ${issue.description}`);
}
console.log(`electronegativity: ${result.issues.length} findings, ${parseErrors.length} parse errors (Electron ${electronVersion})`);
process.exit(result.issues.length === 0 && parseErrors.length === 0 ? 0 : 1);
