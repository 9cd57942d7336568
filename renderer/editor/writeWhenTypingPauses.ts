import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ProjectSession } from '../project/projectSession';

/**
 * Connects a form to the project: on each change, `accept` folds the form's values into what the
 * project may take (or returns null: nothing acceptable yet), and `write` hands that to the project
 * once the typing pauses, or at once when anything needs the project current. Returns the cleanup
 * for an effect: leaving the form, what was typed reaches the project before the next screen reads it.
 */
export function writeWhenTypingPauses<V extends FieldValues, K>(
  form: UseFormReturn<V>,
  session: ProjectSession,
  key: string,
  accept: (values: V, kept: K | null) => K | null,
  write: (kept: K) => void,
): () => void {
  let kept: K | null = null;
  const unsubscribe = form.subscribe({
    formState: { values: true },
    callback: ({ values }) => {
      kept = accept(values as V, kept);
      if (kept !== null) session.defer(key, () => kept !== null && write(kept));
    },
  });
  return () => {
    unsubscribe();
    session.applyDeferred();
  };
}
