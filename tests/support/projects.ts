import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProjectText } from '../../shared/project/validate';
import type { Language } from '../../shared/project/primitives';
import type { Project } from '../../shared/project/schema';
import { REPO_ROOT } from './paths';

/** A template's project as shipped, parsed (throws if the template is not valid). */
export function templateProject(id: string, language: Language = 'en'): Project {
  const file = join(REPO_ROOT, 'templates', 'projects', `${id}.${language}.cpolicy`);
  const parsed = parseProjectText(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.project;
}

export const fixturePath = (name: string) => join(REPO_ROOT, 'tests', 'fixtures', name);
