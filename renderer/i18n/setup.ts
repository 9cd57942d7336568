import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

export const resources = { en: { translation: en } } as const;
export const UI_LANGUAGES = ['en'] as const;

/** One i18next instance for the whole UI; every user-facing string goes through it. */
export async function setupI18n(language: string) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: (UI_LANGUAGES as readonly string[]).includes(language) ? language : 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
