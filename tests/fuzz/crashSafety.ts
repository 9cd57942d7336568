// `npm run crashtest -- [--kills 200] [--jitter 40]`: kills a process that is saving a project, at
// random moments, again and again (tests/support/crashSafety), and checks after every kill that the
// file loads, holds one whole version, has lost no acknowledged save, and that the next open
// accounts for every temporary file. Prints the counts; exits 1 when anything failed. Started by
// hand (200 kills take a few minutes); `npm test` kills it a dozen times.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ProjectStore } from '../../main/services/projectStore';
import { killWhileSaving } from '../support/crashSafety';
import { templateProject } from '../support/projects';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '200' }, jitter: { type: 'string', default: '40' } } });
const kills = Number(values.kills);
const dir = await mkdtemp(join(tmpdir(), 'cpb-crash-'));
const created = await new ProjectStore({ libraryDir: dir }).create(templateProject('duna-cargo'));
if (!created.ok) throw new Error(created.error.message);
const id = created.value.id;

let valid = 0;
let recoveries = 0;
let tempsLeft = 0;
let newerThanAcknowledged = 0;
const problems: string[] = [];
console.log(`Killing a saving process ${kills} times (library ${dir})`);
for (let kill = 1; kill <= kills; kill++) {
  const outcome = await killWhileSaving(dir, id, 1 + Math.floor(Math.random() * 6), Number(values.jitter));
  if (outcome.problem) problems.push(`kill ${kill}: ${outcome.problem}`);
  else valid += 1;
  if (outcome.offeredRecovery) recoveries += 1;
  if (outcome.onDisk === outcome.acknowledged + 1) newerThanAcknowledged += 1;
  tempsLeft += outcome.tempsLeft.length;
  if (outcome.tempsLeft.length > 0) problems.push(`kill ${kill}: left ${outcome.tempsLeft.join(', ')}`);
  if (kill % 20 === 0) console.log(`  ${kill}/${kills}: ${valid} valid so far`);
}
console.log(`\n${kills} kills: ${valid} valid files, ${problems.length} problems, ${tempsLeft} temporary or lock files left unaccounted.`);
console.log(`The file held the save after the last acknowledged one ${newerThanAcknowledged} times (killed after the rename, before the acknowledgement); a leftover newer version was offered back ${recoveries} times.`);
for (const problem of problems) console.log(`  ${problem}`);
await rm(dir, { recursive: true, force: true });
process.exitCode = problems.length > 0 ? 1 : 0;
