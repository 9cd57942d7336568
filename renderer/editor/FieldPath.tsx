import { createContext, useContext, type ReactNode } from 'react';

/**
 * The project path of the form a field belongs to ("policy.goals"), so every input can carry its
 * full path in `data-field` and the review screen can link straight to it.
 */
const FieldPathContext = createContext('');

export function FieldPathProvider({ base, children }: { base: string; children: ReactNode }) {
  return <FieldPathContext.Provider value={base}>{children}</FieldPathContext.Provider>;
}

export function useFieldPath(name: string): string {
  const base = useContext(FieldPathContext);
  return base ? `${base}.${name}` : name;
}
