import { Button, Card, Group, Progress, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { LibraryEntry, TemplateInfo } from '../../shared/api/contract';
import { useApi } from '../api/ApiProvider';
import { useTemplates } from '../api/queries';
import { LabeledSegmented } from '../components/LabeledSegmented';
import { notifyError } from '../components/notify';
import type { Language } from '../../shared/project/primitives';
import { AppModal } from '../components/AppModal';

interface Props {
  opened: boolean;
  onClose(): void;
  onCreated(entry: LibraryEntry): void;
}

const NewProjectValues = z.object({ title: z.string().trim().min(1, 'newProject.titleRequired').max(300) });
type NewProjectValues = z.infer<typeof NewProjectValues>;

export function NewProjectDialog({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  // The form is mounted only while the dialog is open, so each opening starts afresh.
  return (
    <AppModal opened={opened} onClose={onClose} title={t('newProject.title')} size="xl" centered>
      <NewProjectForm onClose={onClose} onCreated={onCreated} />
    </AppModal>
  );
}

function NewProjectForm({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // Templates are written in both languages; the interface language is the natural first choice.
  const [language, setLanguage] = useState<Language>(i18n.language === 'hu' ? 'hu' : 'en');
  const templates: TemplateInfo[] = (useTemplates().data ?? []).filter((template) => template.language === language);
  const [chosenId, setTemplateId] = useState('blank');
  const templateId = templates.some((template) => template.id === chosenId) ? chosenId : 'blank';
  const form = useForm<NewProjectValues>({ resolver: zodResolver(NewProjectValues), defaultValues: { title: '' } });

  const submit = form.handleSubmit(async ({ title }) => {
    const result = await api['project:create']({ templateId, language, title });
    if (!result.ok) return notifyError(t, result.error);
    onCreated(result.value);
  });

  const titleError = form.formState.errors.title?.message;
  return (
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            label={t('newProject.titleLabel')}
            description={t('newProject.titleHint')}
            placeholder={t('newProject.titlePlaceholder')}
            data-autofocus
            error={titleError ? t(titleError as 'newProject.titleRequired') : undefined}
            {...form.register('title')}
          />
          <LabeledSegmented<Language>
            label={t('newProject.contentLanguage')}
            value={language}
            onChange={setLanguage}
            data={[
              { value: 'en', label: t('languages.en') },
              { value: 'hu', label: t('languages.hu') },
            ]}
          >
            <Text size="xs" c="dimmed">
              {t('newProject.contentLanguageHint')}
            </Text>
          </LabeledSegmented>
          <div role="radiogroup" aria-label={t('newProject.templateLabel')}>
            <Text fw={500} size="sm" mb={6}>
              {t('newProject.templateLabel')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {templates.map((template) => {
                const selected = template.id === templateId;
                return (
                  <UnstyledButton
                    key={template.id}
                    role="radio"
                    aria-checked={selected}
                    onClick={() => setTemplateId(template.id)}
                    data-testid={`template-${template.id}`}
                  >
                    <Card withBorder padding="md" radius="md" style={{ borderColor: selected ? 'var(--mantine-color-teal-6)' : undefined, borderWidth: selected ? 2 : 1, height: '100%' }}>
                      <Stack gap={6}>
                        <Group justify="space-between" wrap="nowrap">
                          <Text fw={600} lineClamp={2}>
                            {template.title}
                          </Text>
                        </Group>
                        <Text size="sm" c="dimmed">
                          {template.id === 'blank' ? t('newProject.blankDescription') : t('newProject.exampleDescription', { company: template.companyName })}
                        </Text>
                        {template.id !== 'blank' && (
                          <>
                            <Progress value={template.completeness * 100} size="sm" aria-hidden />
                            <Text size="xs" c="dimmed">
                              {t('newProject.completeness', { percent: Math.round(template.completeness * 100).toLocaleString(i18n.language) })}
                            </Text>
                          </>
                        )}
                      </Stack>
                    </Card>
                  </UnstyledButton>
                );
              })}
            </SimpleGrid>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
  );
}
