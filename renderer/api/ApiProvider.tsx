import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api/contract';
import type { Transport } from './transports';

const TransportContext = createContext<Transport | null>(null);

export function ApiProvider({ transport, children }: { transport: Transport; children: ReactNode }) {
  return <TransportContext.Provider value={transport}>{children}</TransportContext.Provider>;
}

function useTransport(): Transport {
  const transport = useContext(TransportContext);
  if (!transport) throw new Error('useApi must be used inside <ApiProvider>.');
  return transport;
}

/** The one way the UI reaches the main process. */
export const useApi = (): ApiClient => useTransport().client;
export const useMenuCommands = (): Transport['onMenuCommand'] => useTransport().onMenuCommand;
export const useIsDesktop = (): boolean => useTransport().isDesktop;
