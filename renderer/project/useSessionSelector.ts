import { useSyncExternalStore } from 'react';
import type { ProjectSession, SessionSnapshot } from './projectSession';

/**
 * One value from the open project, re-rendering only when that value changes. Edits are
 * immutable updates that keep untouched parts as they were, so selecting a part (the catalogues,
 * the currency) skips the renders caused by typing elsewhere. The selector must return a part of
 * the snapshot or a primitive, never a new object.
 */
export function useSessionSelector<T>(session: ProjectSession, select: (snapshot: SessionSnapshot) => T): T {
  return useSyncExternalStore(session.subscribe, () => select(session.getSnapshot()));
}
