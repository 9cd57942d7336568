import { appError, type AppError, type ErrorCode, type ErrorReason } from '../../shared/result';

/** Turns an operating-system file error into a message that says what to do (and a reason the UI translates). */
export function fileAccessError(error: unknown, file: string, action: 'read' | 'write'): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'read' ? 'read' : 'save';
  const failure = (kind: ErrorCode, reason: ErrorReason, message: string) => appError(kind, message, { file, reason, params: { file } });
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? failure('notFound', 'fileMissing', `The file ${file} does not exist. It may have been moved or deleted.`)
        : failure('fileAccess', 'folderMissing', `The folder for ${file} does not exist. Choose an existing folder.`);
    case 'EACCES':
    case 'EPERM':
      return failure('fileAccess', 'permissionDenied', `Cannot ${verb} ${file}: permission denied. Check that the file is not read-only, or choose another place.`);
    case 'EROFS':
      return failure('fileAccess', 'readOnlyDrive', `Cannot ${verb} ${file}: the drive is read-only. Choose another place.`);
    case 'EBUSY':
      return failure('fileAccess', 'fileBusy', `Cannot ${verb} ${file}: it is open in another program. Close it there and try again.`);
    case 'EISDIR':
      return failure('fileAccess', 'isFolder', `${file} is a folder, not a file. Choose a file name.`);
    case 'ENOSPC':
      return failure('fileAccess', 'diskFull', `Cannot ${verb} ${file}: the disk is full. Free some space and try again.`);
    default:
      return appError('fileAccess', `Cannot ${verb} ${file}: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}
