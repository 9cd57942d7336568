import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES } from '../shared/api/callNames';
import { BRIDGE_GLOBAL, MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../shared/api/menu';

// One function per declared call; the page never gets ipcRenderer or a generic invoke(channel).
const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)]));

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, {
  calls,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
  },
});
