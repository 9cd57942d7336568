/** Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown exceptions. */
export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** The kinds of failure the user can be told about; each has a translated message in the UI. */
export const ERROR_CODES = [
  'invalidInput',
  'notFound',
  'corruptFile',
  'invalidProject',
  'newerVersion',
  'readOnly',
  'alreadyExists',
  /** The file changed or went away under the app (another program, a sync tool): nothing was written over it. */
  'conflict',
  'fileAccess',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Specific, common failures the interface can say in the user's language (with `params`); the
 * English `message` stays for the CLI, logs, and any failure without a reason.
 */
export const ERROR_REASONS = [
  'fileMissing',
  'folderMissing',
  'permissionDenied',
  'readOnlyDrive',
  'fileBusy',
  'isFolder',
  'diskFull',
  'logoUnreadable',
  'exportTooLong',
  'exportTooLarge',
  'fileReadOnly',
  'changedOnDisk',
  'deletedOnDisk',
  'newerVersion',
  'folderReadOnly',
  'lockedByOther',
  'targetInLibrary',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

export interface FieldIssue {
  /** Dot path of the field, e.g. "meta.currency" or "policy.goals.items.0.horizon" (or a cell, "K3"). */
  path: string;
  message: string;
  /** For issues the interface says in its own language: the text's key and values. */
  key?: string | undefined;
  params?: Record<string, string> | undefined;
}

export interface AppError {
  code: ErrorCode;
  /** A complete English sentence that says what happened and what to do (CLI, logs, fallback). */
  message: string;
  /** The file concerned, if any. */
  file?: string | undefined;
  issues?: FieldIssue[] | undefined;
  reason?: ErrorReason | undefined;
  params?: Record<string, string> | undefined;
}

export const appError = (code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}): AppError => ({
  code,
  message,
  ...extra,
});

export const formatPath = (path: readonly PropertyKey[]): string => (path.length === 0 ? '(root)' : path.map(String).join('.'));
