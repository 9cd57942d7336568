import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { Controller, useFieldArray, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ISO_CURRENCY_CODES } from '../../../shared/money';
import { BrandingSection } from '../../branding/BrandingSection';
import type { ProjectSession } from '../projectSession';
import { changedFields, DetailsForm as DetailsSchema, validDetails, type DetailsFormValues } from './detailsSchema';
import { LocaleNumberInput } from '../../components/LocaleNumberInput';
import { DocumentControlForm } from './DocumentControlForm';
import { LocaleDateInput, LocaleMonthInput } from '../../components/dates';
import { GlossaryForm } from './GlossaryForm';
import { writeWhenTypingPauses } from '../../editor/writeWhenTypingPauses';

const MESSAGE_PARAMS: Record<string, Record<string, number>> = {
  'validation.wholeNumberRange': { min: 1, max: 10 },
  'validation.tooLong': { max: 300 },
};

export function DetailsForm({ session }: { session: ProjectSession }) {
  const { t, i18n } = useTranslation();
  const initial = useMemo<DetailsFormValues>(() => {
    const { meta } = session.getSnapshot().project;
    return {
      title: meta.title,
      companyName: meta.companyName,
      preparedBy: meta.preparedBy,
      documentVersion: meta.documentVersion,
      documentDate: meta.documentDate,
      authors: meta.authors,
      currency: meta.currency,
      planStart: meta.planStart,
      horizonYears: meta.horizonYears,
      outputLanguage: meta.outputLanguage,
      confidential: meta.confidential,
    };
  }, [session]);
  const form = useForm<DetailsFormValues>({ resolver: zodResolver(DetailsSchema), mode: 'onChange', defaultValues: initial });
  const authors = useFieldArray({ control: form.control, name: 'authors' });
  const readOnly = session.readOnly;

  // Every valid change goes into the project when the typing pauses; autosave does the rest.
  useEffect(
    () =>
      // Each field keeps the last valid value typed ("1" on the way to "12" years).
      writeWhenTypingPauses<DetailsFormValues, Partial<DetailsFormValues>>(
        form,
        session,
        'details',
        (values, kept) => ({ ...kept, ...validDetails(values) }),
        (kept) => {
          const changed = changedFields(session.getSnapshot().project.meta, kept);
          if (Object.keys(changed).length > 0) session.update((draft) => void Object.assign(draft.meta, changed));
        },
      ),
    [form, session],
  );

  const currencies = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return ISO_CURRENCY_CODES.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }, [i18n.language]);

  const message = (error: FieldError | undefined) =>
    error?.message ? t(error.message as 'validation.required', MESSAGE_PARAMS[error.message] ?? {}) : undefined;
  const { errors } = form.formState;

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('details.title')}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="lg">
          <div>
            <Title order={2}>{t('details.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('details.intro')}
            </Text>
          </div>

          <Paper withBorder p="lg" radius="md">
            <Title order={3} size="h4" mb="md">
              {t('details.documentSection')}
            </Title>
            <Stack>
              <TextInput label={t('details.fields.title')} description={t('details.fields.titleHint')} withAsterisk error={message(errors.title)} {...form.register('title')} />
              <TextInput label={t('details.fields.companyName')} description={t('details.fields.companyNameHint')} withAsterisk error={message(errors.companyName)} {...form.register('companyName')} />
              <TextInput label={t('details.fields.preparedBy')} description={t('details.fields.preparedByHint')} error={message(errors.preparedBy)} {...form.register('preparedBy')} />
              <SimpleGrid cols={2}>
                <TextInput label={t('details.fields.documentVersion')} withAsterisk error={message(errors.documentVersion)} {...form.register('documentVersion')} />
                <Controller
                  control={form.control}
                  name="documentDate"
                  render={({ field }) => (
                    <LocaleDateInput label={t('details.fields.documentDate')} withAsterisk error={message(errors.documentDate)} value={field.value || null} onChange={(next) => field.onChange(next ? String(next) : '')} onBlur={field.onBlur} ref={field.ref} />
                  )}
                />
              </SimpleGrid>
              <div>
                <Text fw={500} size="sm" id="authors-label">
                  {t('details.fields.authors')}
                </Text>
                {authors.fields.length === 0 && (
                  <Text size="sm" c="dimmed" mt={4}>
                    {t('details.fields.noAuthors')}
                  </Text>
                )}
                <Stack gap="xs" mt="xs" role="group" aria-labelledby="authors-label">
                  {authors.fields.map((field, index) => (
                    <Group key={field.id} align="flex-start" wrap="nowrap">
                      <TextInput style={{ flex: 1 }} label={t('details.fields.authorName')} error={message(errors.authors?.[index]?.name)} {...form.register(`authors.${index}.name`)} />
                      <TextInput style={{ flex: 1 }} label={t('details.fields.authorRole')} error={message(errors.authors?.[index]?.role)} {...form.register(`authors.${index}.role`)} />
                      <ActionIcon
                        mt={26}
                        size="lg"
                        variant="subtle"
                        color="gray"
                        aria-label={t('details.fields.removeAuthor', { name: form.getValues(`authors.${index}.name`) })}
                        onClick={() => authors.remove(index)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  ))}
                </Stack>
                <Button mt="sm" variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => authors.append({ name: '', role: '' })}>
                  {t('details.fields.addAuthor')}
                </Button>
              </div>
              <Controller
                control={form.control}
                name="confidential"
                render={({ field }) => (
                  <Checkbox label={t('details.fields.confidential')} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} onBlur={field.onBlur} ref={field.ref} />
                )}
              />
            </Stack>
          </Paper>

          <Paper withBorder p="lg" radius="md">
            <Title order={3} size="h4" mb="md">
              {t('details.planSection')}
            </Title>
            <SimpleGrid cols={2} spacing="lg">
              <Controller
                control={form.control}
                name="currency"
                render={({ field }) => (
                  <Select
                    label={t('details.fields.currency')}
                    description={t('details.fields.currencyHint')}
                    data={currencies}
                    searchable
                    withAsterisk
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={message(errors.currency)}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="outputLanguage"
                render={({ field }) => (
                  <Select
                    label={t('details.fields.outputLanguage')}
                    data={[
                      { value: 'en', label: t('languages.en') },
                      { value: 'hu', label: t('languages.hu') },
                    ]}
                    allowDeselect={false}
                    value={field.value}
                    onChange={(value) => field.onChange(value ?? 'en')}
                    ref={field.ref}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="planStart"
                render={({ field }) => (
                  <LocaleMonthInput label={t('details.fields.planStart')} description={t('details.fields.planStartHint')} withAsterisk error={message(errors.planStart)} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} />
                )}
              />
              <Controller
                control={form.control}
                name="horizonYears"
                render={({ field }) => (
                  <LocaleNumberInput
                    label={t('details.fields.horizonYears')}
                    description={t('details.fields.horizonYearsHint')}
                    min={1}
                    max={10}
                    allowDecimal={false}
                    withAsterisk
                    value={field.value}
                    onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={message(errors.horizonYears)}
                  />
                )}
              />
            </SimpleGrid>
          </Paper>

          <DocumentControlForm session={session} />

          <GlossaryForm session={session} />

          <BrandingSection session={session} />
        </Stack>
      </fieldset>
    </form>
  );
}
