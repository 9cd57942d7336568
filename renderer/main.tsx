import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './app/app.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectTransport } from './api/transports';
import { setupI18n } from './i18n/setup';
import { resolveUiLanguage } from '../shared/settings';

const transport = detectTransport();
const settings = await transport.client['settings:get']({});
const info = await transport.client['app:info']({});
await setupI18n(resolveUiLanguage(settings.ok ? settings.value.uiLanguage : null, info.ok ? info.value.systemLanguage : navigator.language));

createRoot(document.getElementById('root')!).render(<App transport={transport} />);
