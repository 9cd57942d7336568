import { useDeferredValue } from 'react';
import { checkProject, type Problem } from '../../shared/checks/rules';
import type { Project } from '../../shared/project/schema';
import { projectCompleteness, type Completeness } from '../../shared/sections/completeness';
import type { ProjectSession } from './projectSession';
import { useSessionSelector } from './useSessionSelector';

// Checks and completeness per version of the project: the navigation, the status bar, the review
// and the export dialog all ask for the same version, and it is computed once.
const problemsByProject = new WeakMap<Project, Problem[]>();
const completenessByProject = new WeakMap<Project, Completeness>();

export function problemsOf(project: Project): Problem[] {
  let problems = problemsByProject.get(project);
  if (!problems) problemsByProject.set(project, (problems = checkProject(project)));
  return problems;
}

export function completenessOf(project: Project): Completeness {
  let completeness = completenessByProject.get(project);
  if (!completeness) completenessByProject.set(project, (completeness = projectCompleteness(project)));
  return completeness;
}

/**
 * The open project for views that summarise all of it (navigation, status bar): deferred, so
 * React may finish a keystroke's frame first and render these when the machine is idle.
 */
export function useDeferredProject(session: ProjectSession): Project {
  return useDeferredValue(useSessionSelector(session, (s) => s.project));
}
