import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/project/primitives';
import { resolveUiLanguage } from '../../shared/settings';
import { useApi } from '../api/ApiProvider';
import { queryKeys, useAppInfo, useSettings } from '../api/queries';
import { notifyError } from './notify';
import { loadUiLanguage } from '../i18n/setup';

/** Each language by its own name, as language pickers do, so a user can find theirs in any interface. */
const ENDONYMS: Record<Language, string> = { en: 'English', hu: 'Magyar' };

/**
 * The interface language: English, Hungarian, or the system's. Switches at once (no restart) and
 * is remembered in the settings; the document language is chosen per project and per export.
 */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const chosen = useSettings().data?.uiLanguage ?? null;
  const systemLocale = useAppInfo().data?.systemLanguage ?? navigator.language;
  const current = resolveUiLanguage(null, i18n.language);

  const choose = async (language: Language | null) => {
    const result = await api['settings:update']({ uiLanguage: language });
    if (!result.ok) return notifyError(t, result.error);
    queryClient.setQueryData(queryKeys.settings, result.value);
    const next = resolveUiLanguage(language, systemLocale);
    await loadUiLanguage(next);
    await i18n.changeLanguage(next);
  };

  const options: { value: Language | null; label: string }[] = [
    { value: null, label: t('settings.systemLanguage', { language: ENDONYMS[resolveUiLanguage(null, systemLocale)] }) },
    { value: 'en', label: ENDONYMS.en },
    { value: 'hu', label: ENDONYMS.hu },
  ];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconLanguage size={16} />} aria-label={`${t('settings.interfaceLanguage')}: ${ENDONYMS[current]}`}>
          {ENDONYMS[current]}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('settings.interfaceLanguage')}</Menu.Label>
        {options.map((option) => (
          <Menu.Item key={option.value ?? 'system'} onClick={() => void choose(option.value)} rightSection={chosen === option.value ? <IconCheck size={14} aria-hidden /> : null}>
            {option.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
