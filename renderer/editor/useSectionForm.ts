import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Draft } from 'immer';
import type { Project } from '../../shared/project/schema';
import type { ProjectSession } from '../project/projectSession';
import { zodMessages } from './validationMessages';
import { writeWhenTypingPauses } from './writeWhenTypingPauses';

export interface SectionFormOptions<T extends FieldValues> {
  session: ProjectSession;
  /** The part of the project this form edits. */
  select(project: Project): T;
  /** Writes the form's values back into the project. */
  apply(draft: Draft<Project>, values: T): void;
  /** What the project file accepts: values that pass are saved as they are typed. */
  storable: z.ZodType<T>;
  /** What the form asks for (required answers, order of tiers, …): shown next to the fields. */
  validation: z.ZodType<T>;
  /** Groups edits for undo. */
  undoKey: string;
}

/**
 * A form over one part of the project. Every change that the file format accepts is written to
 * the project when the typing pauses (autosave does the rest); messages about incomplete answers
 * are shown but never hold the rest of the work back.
 */
export function useSectionForm<T extends FieldValues>({ session, select, apply, storable, validation, undoKey }: SectionFormOptions<T>) {
  const { t } = useTranslation();
  const initial = useMemo(() => select(session.getSnapshot().project), [session, select]);
  const resolver = useMemo(() => zodResolver(validation as never, { error: zodMessages(t) }) as unknown as Resolver<T>, [validation, t]);
  const form = useForm<T>({ resolver, mode: 'all', defaultValues: initial as never });

  useEffect(() => {
    // Show what is missing in answers already given, without waiting for a keystroke.
    void form.trigger();
    // A keystroke only keeps the values if the file format accepts them (a half-typed number is
    // not; the last accepted values stand); typing costs one field's render.
    return writeWhenTypingPauses<T, T>(
      form,
      session,
      undoKey,
      (values, kept) => {
        const parsed = storable.safeParse(values);
        return parsed.success ? parsed.data : kept;
      },
      (values) => {
        if (JSON.stringify(select(session.getSnapshot().project)) === JSON.stringify(values)) return;
        session.update((draft) => apply(draft, values), undoKey);
      },
    );
  }, [form, session, select, apply, storable, undoKey]);

  return form;
}
