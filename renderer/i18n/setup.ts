import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/project/primitives';
import en from './locales/en.json';
import hu from './locales/hu.json';

// Hungarian must have every English key (a unit test also checks the reverse and the placeholders).
export const resources = { en: { translation: en }, hu: { translation: hu satisfies typeof en } } as const;
export const UI_LANGUAGES: readonly Language[] = ['en', 'hu'];

/** One i18next instance for the whole UI; every user-facing string goes through it. */
export async function setupI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (next) => (document.documentElement.lang = next));
  return i18next;
}
