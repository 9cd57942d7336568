// Child process for the "killed while saving" test: opens a project and saves two different
// versions of it in turn, as fast as it can, until it is killed. Prints "ready" once started.
import { ProjectStore } from '../../main/services/projectStore';
import { templateProject } from './projects';

const [libraryDir, id] = process.argv.slice(2) as [string, string];
const store = new ProjectStore({ libraryDir });
const opened = await store.open(id);
if (!opened.ok) throw new Error(opened.error.message);
const base = templateProject('duna-cargo');
// Version A is the template (4 goals); version B is much larger (100 goals), so a torn write would be visible as invalid JSON or a mix.
const big = { ...base, meta: { ...base.meta, title: 'B' }, policy: { ...base.policy, goals: { ...base.policy.goals, items: Array.from({ length: 100 }, (_, i) => ({ id: `g${i}`, goal: 'x'.repeat(4000), horizon: '2030', measure: 'm', owner: 'o' })) } } };
const small = { ...base, meta: { ...base.meta, title: 'A' } };
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const result = await store.save(id, i % 2 === 0 ? big : small);
  if (!result.ok) throw new Error(result.error.message);
}
