import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, type Handlers } from '../../shared/api/contract';
import { originOf } from './origin';
import { appError, err } from '../../shared/result';
import { dispatch } from '../api/dispatch';

/** Only the app's own top-level page may call the API: not an iframe, not a page navigated to. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appOrigin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return originOf(frame.url) === appOrigin;
}

/** Registers one IPC handler per declared call over the shared handler map. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers, appOrigin: string): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, async (event, input: unknown) => {
      if (!isTrustedSender(event, appOrigin)) {
        return err(appError('invalidInput', `Refused ${name}: the request did not come from the app's own window.`));
      }
      return dispatch(handlers, name, input);
    });
  }
}
