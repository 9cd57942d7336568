import { Anchor, Code, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../shared/api/contract';
import { useApi } from '../api/ApiProvider';
import { AppModal } from '../components/AppModal';

/** Help → About: the version, the licence and the third-party notices (the font's included). */
export function AboutDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [about, setAbout] = useState<CallOutput<'app:about'> | null>(null);
  const [showNotices, setShowNotices] = useState(false);

  useEffect(() => {
    if (opened) void api['app:about']({}).then((result) => result.ok && setAbout(result.value));
  }, [api, opened]);

  return (
    <AppModal opened={opened && about !== null} onClose={onClose} title={t('about.title')} size="lg" centered>
      {about && (
        <Stack gap="sm">
          <div>
            <Title order={3}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">
              {t('about.version', { version: about.version })}
            </Text>
          </div>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {about.licence || t('about.noLicence')}
          </Text>
          <Anchor component="button" size="sm" onClick={() => setShowNotices((v) => !v)}>
            {showNotices ? t('about.hideNotices') : t('about.showNotices')}
          </Anchor>
          {showNotices && (
            <ScrollArea h={280} type="auto">
              <Code block fz="xs" data-testid="third-party-notices">
                {about.notices}
              </Code>
            </ScrollArea>
          )}
        </Stack>
      )}
    </AppModal>
  );
}
