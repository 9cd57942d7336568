import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OpenedProject } from '../../shared/api/contract';
import type { AppError } from '../../shared/result';
import { useApi, useIsDesktop } from '../api/ApiProvider';
import { ProjectSession, type SessionSnapshot } from './projectSession';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'open'; session: ProjectSession; opened: OpenedProject };

/**
 * Opens a project for the lifetime of the screen (keyed by id) and writes pending edits when it
 * closes or the page goes away.
 */
export function useOpenProject(id: string): LoadState {
  const api = useApi();
  const isDesktop = useIsDesktop();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    let session: ProjectSession | null = null;
    let cancelled = false;
    void api['project:open']({ id }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setState({ kind: 'failed', error: result.error });
      session = new ProjectSession(api, id, result.value.project, result.value.readOnly);
      setState({ kind: 'open', session, opened: result.value });
    });
    const flushOnHide = () => void session?.flush();
    // In the desktop app, closing the window waits for the last edit to reach the disk: the
    // close is held back once, the edits are saved, and the window closes itself.
    const holdCloseUntilSaved = (event: BeforeUnloadEvent) => {
      if (!isDesktop || !session || !session.hasPendingEdits) return;
      event.preventDefault();
      void session.flush().then(() => {
        if (!session?.hasPendingEdits) window.close();
      });
    };
    window.addEventListener('pagehide', flushOnHide);
    window.addEventListener('beforeunload', holdCloseUntilSaved);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flushOnHide);
      window.removeEventListener('beforeunload', holdCloseUntilSaved);
      if (session) void session.flush().finally(() => session?.dispose());
    };
  }, [api, id, isDesktop]);

  return state;
}

export const useSessionSnapshot = (session: ProjectSession): SessionSnapshot =>
  useSyncExternalStore(session.subscribe, session.getSnapshot);
