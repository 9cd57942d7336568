import { appError, type AppError, type ErrorCode, type ErrorReason } from '../../shared/result';
import { DiskError } from './files/disk';

/** Turns an operating-system file error into a message that says what to do (and a reason the UI translates). */
export function fileAccessError(error: unknown, file: string, action: 'read' | 'write'): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'read' ? 'read' : 'save';
  const failure = (kind: ErrorCode, reason: ErrorReason, message: string) => appError(kind, message, { file, reason, params: { file } });
  if (error instanceof DiskError) {
    if (error.kind === 'readOnly') return failure('readOnly', 'fileReadOnly', `${file} is marked read-only, so it was not replaced. Remove the mark (in the file\u2019s properties), or choose another name.`);
    if (error.kind === 'changed') return failure('conflict', 'changedOnDisk', `${file} was changed by another program (perhaps a sync tool such as OneDrive or Dropbox) since it was opened, so your changes were not written over it. They are kept: load the file's version, or keep both.`);
    return failure('conflict', 'deletedOnDisk', `${file} was deleted or moved by another program since it was opened. Your changes are kept: save the project again, or save a copy.`);
  }
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
