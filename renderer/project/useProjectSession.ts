import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { OpenedProject } from '../../shared/api/contract';
import type { AppError } from '../../shared/result';
import { useApi, useIsDesktop } from '../api/ApiProvider';
import { ProjectSession, type SessionSnapshot } from './projectSession';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | {
      kind: 'open';
      session: ProjectSession;
      opened: OpenedProject;
      /** Counts the times the project was (re)opened on this screen: what shows it starts afresh with each. */
      generation: number;
      /** Shows the project as opened again (after loading the file's version, or recovering one). */
      reopen(opened: OpenedProject): void;
      /** The desktop window was asked to close while the last edits could not be saved. */
      closeBlocked: boolean;
      /** The user chose: close without those edits, or stay. */
      settleClose(close: boolean): void;
    };

/**
 * Opens a project for the lifetime of the screen (the screen is keyed by id), writes pending edits when it
 * closes or the page goes away, and then lets the library know it is closed (so another copy of
 * the app may edit it).
 */
export function useOpenProject(id: string): LoadState {
  const api = useApi();
  const isDesktop = useIsDesktop();
  const [opened, setOpened] = useState<{ session: ProjectSession; opened: OpenedProject; generation: number } | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [closeBlocked, setCloseBlocked] = useState(false);
  const sessionRef = useRef<ProjectSession | null>(null);
  const discarding = useRef(false);

  const show = useCallback(
    (value: OpenedProject) => {
      sessionRef.current?.dispose();
      const session = new ProjectSession(api, id, value.project, value.readOnly);
      sessionRef.current = session;
      setOpened((previous) => ({ session, opened: value, generation: (previous?.generation ?? 0) + 1 }));
    },
    [api, id],
  );

  useEffect(() => {
    let cancelled = false;
    void api['project:open']({ id }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setFailure(result.error);
      show(result.value);
    });
    const flushOnHide = () => void sessionRef.current?.flush();
    // In the desktop app, closing the window waits for the last edit to reach the disk: the
    // close is held back once, the edits are saved, and the window closes itself. If they
    // cannot be saved (a full disk, a file changed elsewhere), the user is asked what to do.
    const holdCloseUntilSaved = (event: BeforeUnloadEvent) => {
      const session = sessionRef.current;
      if (!isDesktop || !session || !session.hasPendingEdits || discarding.current) return;
      event.preventDefault();
      void session.flush().then(() => {
        if (!session.hasPendingEdits) window.close();
        else setCloseBlocked(true);
      });
    };
    window.addEventListener('pagehide', flushOnHide);
    window.addEventListener('beforeunload', holdCloseUntilSaved);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flushOnHide);
      window.removeEventListener('beforeunload', holdCloseUntilSaved);
      const session = sessionRef.current;
      sessionRef.current = null;
      void (session ? session.flush() : Promise.resolve()).finally(() => {
        session?.dispose();
        void api['project:close']({ id });
      });
    };
  }, [api, id, isDesktop, show]);

  if (failure) return { kind: 'failed', error: failure };
  if (!opened) return { kind: 'loading' };
  return {
    kind: 'open',
    ...opened,
    reopen: show,
    closeBlocked,
    settleClose: (close) => {
      setCloseBlocked(false);
      if (!close) return;
      discarding.current = true;
      window.close();
    },
  };
}

export const useSessionSnapshot = (session: ProjectSession): SessionSnapshot =>
  useSyncExternalStore(session.subscribe, session.getSnapshot);
