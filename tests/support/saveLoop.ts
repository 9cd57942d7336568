// Child process for the crash-safety checks: opens a project and saves two different versions of
// it in turn, as fast as it can, until it is killed. Each version's title carries its number
// ("A 0", "B 1", …); after each save is acknowledged (the store returned), it prints "saved <n>".
import { ProjectStore } from '../../main/services/projectStore';
import { templateProject } from './projects';

const [libraryDir, id] = process.argv.slice(2) as [string, string];
const store = new ProjectStore({ libraryDir });
const opened = await store.open(id);
if (!opened.ok) throw new Error(opened.error.message);
const base = templateProject('duna-cargo');
// Version A is the template (4 goals); version B is much larger (100 goals), so a torn write would be visible as invalid JSON or a mix.
const bigGoals = Array.from({ length: 100 }, (_, i) => ({ id: `g${i}`, goal: 'x'.repeat(4000), horizon: '2030', measure: 'm', owner: 'o' }));
for (let i = 0; ; i++) {
  const big = i % 2 === 0;
  const version = {
    ...base,
    meta: { ...base.meta, title: `${big ? 'B' : 'A'} ${i}` },
    policy: big ? { ...base.policy, goals: { ...base.policy.goals, items: bigGoals } } : base.policy,
  };
  const result = await store.save(id, version);
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write(`saved ${i}\n`);
}
