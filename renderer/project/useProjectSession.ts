import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedProject } from '../../shared/api/contract';
import type { AppError } from '../../shared/result';
import { useApi, useIsDesktop } from '../api/ApiProvider';
import { ProjectSession } from './projectSession';

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
      /** Leaves the project (to the library): at once when every edit is saved, else after asking. */
      leave(go: () => void): void;
      /** The user is leaving (or closing the window) while the latest edits could not be saved. */
      leaveBlocked: boolean;
      /** The user chose: leave without those edits, or stay. */
      settleLeave(leave: boolean): void;
    };

/**
 * Opens a project for the lifetime of the screen (the screen is keyed by id), writes pending
 * edits when it closes or the page goes away, and then lets the library know it is closed (so
 * another copy of the app may edit it). Edits that cannot be saved are never dropped without the
 * user saying so: leaving, or closing the desktop window, asks first.
 */
export function useOpenProject(id: string): LoadState {
  const api = useApi();
  const isDesktop = useIsDesktop();
  const [opened, setOpened] = useState<{ session: ProjectSession; opened: OpenedProject; generation: number } | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [pendingLeave, setPendingLeave] = useState<{ go: () => void } | null>(null);
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
    const opening = api['project:open']({ id });
    void opening.then((result) => {
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
        else setPendingLeave({ go: () => window.close() });
      });
    };
    window.addEventListener('pagehide', flushOnHide);
    window.addEventListener('beforeunload', holdCloseUntilSaved);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', flushOnHide);
      window.removeEventListener('beforeunload', holdCloseUntilSaved);
      // Closed only once opened (a screen left while opening still closes what it opened).
      void opening.then(async (result) => {
        if (!result.ok) return;
        const session = sessionRef.current;
        sessionRef.current = null;
        if (session) await session.flush();
        session?.dispose();
        await api['project:close']({ id });
      });
    };
  }, [api, id, isDesktop, show]);

  if (failure) return { kind: 'failed', error: failure };
  if (!opened) return { kind: 'loading' };
  return {
    kind: 'open',
    ...opened,
    reopen: show,
    leave: (go) => {
      const session = sessionRef.current;
      if (!session) return go();
      void session.flush().then(() => (session.hasPendingEdits ? setPendingLeave({ go }) : go()));
    },
    leaveBlocked: pendingLeave !== null,
    settleLeave: (leave) => {
      setPendingLeave(null);
      if (!leave || !pendingLeave) return;
      discarding.current = true;
      pendingLeave.go();
    },
  };
}
