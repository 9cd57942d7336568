import type { z } from 'zod';
import { appError, err, formatPath, ok, type AppError, type FieldIssue, type Result } from '../result';
import { migrateToCurrent } from './migrations';
import { findReferenceProblems } from './references';
import { CURRENT_SCHEMA_VERSION, Project } from './schema';

export interface LoadedProject {
  project: Project;
  /** The version the file was written in (lower than current when it was migrated). */
  fromVersion: number;
  /** Written by a newer version of the app: shown, but never written back. */
  readOnly: boolean;
}

export const zodIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

/** Schema and reference problems of a project already in the current version. */
export function projectIssues(candidate: unknown): FieldIssue[] {
  const parsed = Project.safeParse(candidate);
  if (!parsed.success) return zodIssues(parsed.error);
  return findReferenceProblems(parsed.data).map((p) => ({ path: formatPath(p.path), message: p.message }));
}

/**
 * The largest project file read: a project with a logo and long texts is a few megabytes; a file
 * far bigger is not one, and is refused before it is read whole.
 */
export const MAX_PROJECT_FILE_BYTES = 32 * 1024 * 1024;

export const tooBigMessage = (file: string, bytes: number) =>
  `${file} is ${Math.round(bytes / 1048576)} MB; a project file is at most ${MAX_PROJECT_FILE_BYTES / 1048576} MB. Is this the right file?`;

/**
 * Text of a project file -> a valid current project, or the reason it is not one.
 * Used by the store, the CLI and import alike, so they agree on what a valid file is.
 */
export function parseProjectText(text: string, file?: string): Result<LoadedProject, AppError> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err(
      appError('corruptFile', `The file is not valid JSON (${detail}). It may be damaged or cut short.`, { file }),
    );
  }
  const outcome = migrateToCurrent(raw);
  if (outcome.kind === 'notAProject') {
    return err(appError('invalidProject', `The file is not a Commercial Policy project: ${outcome.reason}`, { file }));
  }
  const parsed = Project.safeParse(
    outcome.kind === 'newer' ? { ...outcome.file, schemaVersion: CURRENT_SCHEMA_VERSION } : outcome.file,
  );
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    if (outcome.kind === 'newer') {
      return err(
        appError(
          'newerVersion',
          `The file was written by a newer version of the app (format ${outcome.fromVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app to open it.`,
          { file, issues },
        ),
      );
    }
    const first = issues[0]!;
    return err(appError('invalidProject', `The project is not valid: ${first.path}: ${first.message}`, { file, issues }));
  }
  const references = findReferenceProblems(parsed.data);
  if (references.length > 0) {
    const issues = references.map((p) => ({ path: formatPath(p.path), message: p.message }));
    const first = issues[0]!;
    return err(appError('invalidProject', `The project is not valid: ${first.path}: ${first.message}`, { file, issues }));
  }
  return ok({ project: parsed.data, fromVersion: outcome.fromVersion, readOnly: outcome.kind === 'newer' });
}

export const serializeProject = (project: Project): string => `${JSON.stringify(project, null, 2)}\n`;
