import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useApi, useMenuCommands } from '../api/ApiProvider';
import { queryKeys } from '../api/queries';
import { notifyError } from '../components/notify';
import { routes } from './routes';

/**
 * Opens the project files the system handed to the app (a double-click on a .cpolicy, "Open
 * with", a second launch): at start-up and whenever the shell says more have arrived.
 */
export function useOpenRequests(): void {
  const { t } = useTranslation();
  const api = useApi();
  const onMenuCommand = useMenuCommands();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();

  const openPending = useCallback(async () => {
    const requests = await api['app:takeOpenRequests']({});
    if (!requests.ok) return;
    let last: string | null = null;
    for (const path of requests.value.paths) {
      const opened = await api['project:openPath']({ path });
      if (opened.ok) last = opened.value.id;
      else notifyError(t, opened.error);
    }
    if (last === null) return;
    await queryClient.invalidateQueries({ queryKey: queryKeys.library });
    navigate(routes.project(last));
  }, [api, navigate, queryClient, t]);

  useEffect(() => {
    void openPending();
    return onMenuCommand((command) => {
      if (command === 'file:openRequested') void openPending();
    });
  }, [onMenuCommand, openPending]);
}
