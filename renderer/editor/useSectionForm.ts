import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Draft } from 'immer';
import type { Project } from '../../shared/project/schema';
import type { ProjectSession } from '../project/projectSession';
import { zodMessages } from './validationMessages';

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
    // not; the last accepted values stand); the project takes them once the typing pauses (or when
    // anything needs the project current), so typing costs one field's render.
    let accepted: T | null = null;
    const write = () => {
      if (accepted === null) return;
      const values = accepted;
      const current = select(session.getSnapshot().project);
      if (JSON.stringify(current) === JSON.stringify(values)) return;
      session.update((draft) => apply(draft, values), undoKey);
    };
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const parsed = storable.safeParse(values);
        if (!parsed.success) return;
        accepted = parsed.data;
        session.defer(undoKey, write);
      },
    });
    return () => {
      unsubscribe();
      // Leaving the chapter: what was typed reaches the project before the next screen reads it.
      session.applyDeferred();
    };
  }, [form, session, select, apply, storable, undoKey]);

  return form;
}
