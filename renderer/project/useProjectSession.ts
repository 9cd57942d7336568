import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OpenedProject } from '../../shared/api/contract';
import type { AppError } from '../../shared/result';
import { useApi } from '../api/ApiProvider';
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
    window.addEventListener('pagehide', flushOnHide);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flushOnHide);
      if (session) void session.flush().finally(() => session?.dispose());
    };
  }, [api, id]);

  return state;
}

export const useSessionSnapshot = (session: ProjectSession): SessionSnapshot =>
  useSyncExternalStore(session.subscribe, session.getSnapshot);
