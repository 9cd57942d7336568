import { appError, type AppError } from '../../shared/result';

/** Turns an operating-system file error into a message that says what to do. */
export function fileAccessError(error: unknown, file: string, action: 'read' | 'write'): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'read' ? 'read' : 'save';
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? appError('notFound', `The file ${file} does not exist. It may have been moved or deleted.`, { file })
        : appError('fileAccess', `The folder for ${file} does not exist. Choose an existing folder.`, { file });
    case 'EACCES':
    case 'EPERM':
      return appError('fileAccess', `Cannot ${verb} ${file}: permission denied. Check that the file is not read-only, or choose another place.`, { file });
    case 'EROFS':
      return appError('fileAccess', `Cannot ${verb} ${file}: the drive is read-only. Choose another place.`, { file });
    case 'EBUSY':
      return appError('fileAccess', `Cannot ${verb} ${file}: it is open in another program. Close it there and try again.`, { file });
    case 'EISDIR':
      return appError('fileAccess', `${file} is a folder, not a file. Choose a file name.`, { file });
    case 'ENOSPC':
      return appError('fileAccess', `Cannot ${verb} ${file}: the disk is full. Free some space and try again.`, { file });
    default:
      return appError('fileAccess', `Cannot ${verb} ${file}: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}
