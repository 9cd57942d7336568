import { createContext, useContext } from 'react';

/**
 * How a field lays out: as a labelled field in a form, or as a cell of a table whose column header
 * is its label (kept as the input's accessible name; hints go to the header's tooltip).
 */
export type FieldLayout = 'form' | 'cell';
const FieldLayoutContext = createContext<FieldLayout>('form');
export const FieldLayoutProvider = FieldLayoutContext.Provider;
export const useFieldLayout = (): FieldLayout => useContext(FieldLayoutContext);
