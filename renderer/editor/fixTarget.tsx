import { createContext, useContext, useEffect, type ReactNode } from 'react';

/**
 * What a "Fix" link asks of the chapter it opens: the field to reach, and for a problem about a
 * missing row (a channel without credit terms), the row to add there. Opened this way, a chapter
 * also shows the messages of fields nobody has touched yet.
 */
export interface FixTarget {
  path: string;
  /** The row to add at `path`, once: the first list there to ask gets it, later asks get null. */
  takeRow(path: string): Record<string, string> | null;
  /** Whether a list took the row (and focused it). */
  readonly rowTaken: boolean;
}

export function fixTarget(path: string, addRow: Record<string, string> | null): FixTarget {
  let taken = false;
  return {
    path,
    takeRow(at) {
      if (taken || !addRow || at !== path) return null;
      taken = true;
      return addRow;
    },
    get rowTaken() {
      return taken;
    },
  };
}

const FixTargetContext = createContext<FixTarget | null>(null);

export function FixTargetProvider({ target, children }: { target: FixTarget | null; children: ReactNode }) {
  return <FixTargetContext.Provider value={target}>{children}</FixTargetContext.Provider>;
}

export const useFixTarget = (): FixTarget | null => useContext(FixTargetContext);

/**
 * For a list at `path`: when a "Fix" link opened the chapter for a row missing there, `add` is
 * called once, with the values the problem names (the list fills in the rest and focuses it).
 */
export function useRowFromFix(path: string, add: (values: Record<string, string>) => void): void {
  const target = useFixTarget();
  useEffect(() => {
    const row = target?.takeRow(path);
    if (row) add(row);
    // Once, when the chapter opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
