import { CALL_NAMES, type ApiClient, type CallName } from '../../shared/api/contract';
import { BRIDGE_GLOBAL, type MenuCommand } from '../../shared/api/menu';
import type { Result } from '../../shared/result';

/** What the preload exposes in the desktop app. */
export interface DesktopBridge {
  calls: Record<CallName, (input: unknown) => Promise<Result<unknown>>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export interface Transport {
  client: ApiClient;
  /** True in the desktop app, where closing the window must wait for pending saves. */
  isDesktop: boolean;
  /** Menu commands from the native menu; a no-op where there is no native menu. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

const unreachable = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

function httpClient(baseUrl: string): ApiClient {
  const entries = CALL_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      try {
        const response = await fetch(`${baseUrl}/api/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch (e) {
        return unreachable(`The app's service did not answer (${String(e)}). Restart the app.`);
      }
    },
  ]);
  return Object.fromEntries(entries) as ApiClient;
}

/** IPC through the preload in the desktop app; HTTP to the test host in a plain browser. */
export function detectTransport(): Transport {
  const bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) {
    return { client: bridge.calls as unknown as ApiClient, isDesktop: true, onMenuCommand: (listener) => bridge.onMenuCommand(listener) };
  }
  return { client: httpClient(window.location.origin), isDesktop: false, onMenuCommand: () => () => undefined };
}
