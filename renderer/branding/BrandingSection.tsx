import { Button, FileButton, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSession } from '../project/projectSession';
import { useSessionSelector } from '../project/useSessionSelector';
import { AccentColorInput } from './AccentColorInput';
import { prepareLogo } from './prepareLogo';

/** The title-page logo and the accent colour: how the deliverable carries the client's brand. */
export function BrandingSection({ session }: { session: ProjectSession }) {
  const { t } = useTranslation();
  const { logo, accentColor } = useSessionSelector(session, (s) => s.project.meta.branding);
  const [problem, setProblem] = useState<'unsupported' | 'unreadable' | null>(null);
  const readOnly = session.readOnly;

  const choose = async (file: File | null) => {
    if (!file) return;
    const prepared = await prepareLogo(file);
    if (!prepared.ok) return setProblem(prepared.reason);
    setProblem(null);
    session.update((draft) => {
      draft.meta.branding.logo = prepared.logo;
    });
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={3} size="h4" mb={4}>
        {t('branding.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('branding.intro')}
      </Text>
      <Stack>
        <div>
          <Text size="sm" fw={500}>
            {t('branding.logo')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('branding.logoHint')}
          </Text>
          <Group align="center">
            {logo && (
              <Paper withBorder p="xs" radius="sm" bg="white">
                <Image src={`data:${logo.mediaType};base64,${logo.data}`} alt={t('branding.logoPreview')} h={56} w="auto" maw={220} fit="contain" />
              </Paper>
            )}
            <FileButton onChange={(file) => void choose(file)} accept="image/png,image/jpeg" disabled={readOnly}>
              {(props) => (
                <Button {...props} variant="light" size="xs" leftSection={<IconPhotoUp size={14} />} disabled={readOnly}>
                  {logo ? t('branding.replaceLogo') : t('branding.chooseLogo')}
                </Button>
              )}
            </FileButton>
            {logo && (
              <Button
                variant="subtle"
                color="gray"
                size="xs"
                leftSection={<IconTrash size={14} />}
                disabled={readOnly}
                onClick={() =>
                  session.update((draft) => {
                    draft.meta.branding.logo = null;
                  })
                }
              >
                {t('branding.removeLogo')}
              </Button>
            )}
          </Group>
          {problem && (
            <Text size="xs" c="red" mt={6} role="alert">
              {t(problem === 'unsupported' ? 'branding.logoUnsupported' : 'branding.logoUnreadable')}
            </Text>
          )}
        </div>
        <AccentColorInput
          value={accentColor}
          disabled={readOnly}
          onChange={(color) =>
            session.update((draft) => {
              draft.meta.branding.accentColor = color;
            })
          }
        />
      </Stack>
    </Paper>
  );
}
