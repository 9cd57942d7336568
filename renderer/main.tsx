import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectTransport } from './api/transports';
import { setupI18n } from './i18n/setup';

const transport = detectTransport();
const settings = await transport.client['settings:get']({});
const info = await transport.client['app:info']({});
const language = (settings.ok && settings.value.uiLanguage) || (info.ok ? info.value.systemLanguage : navigator.language);
await setupI18n(language.slice(0, 2));

createRoot(document.getElementById('root')!).render(<App transport={transport} />);
