import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/project/primitives';
import en from './locales/en.json';
import type hu from './locales/hu.json';

// Hungarian must have every English key (a unit test also checks the reverse and the placeholders).
type Complete<T extends typeof en> = T;
export type HungarianTexts = Complete<typeof hu>;

export const UI_LANGUAGES: readonly Language[] = ['en', 'hu'];

/** English is built in (it is also the fallback); another language loads when first chosen. */
const LOADERS: Record<Language, () => Promise<typeof en>> = {
  en: async () => en,
  hu: () => import('./locales/hu.json').then((module) => module.default),
};

/** Makes a language's texts available; call before switching to it. */
export async function loadUiLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await LOADERS[language]());
}

/** One i18next instance for the whole UI; every user-facing string goes through it. */
export async function setupI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = 'en';
  i18next.on('languageChanged', (next) => (document.documentElement.lang = next));
  await loadUiLanguage(language);
  await i18next.changeLanguage(language);
  return i18next;
}
