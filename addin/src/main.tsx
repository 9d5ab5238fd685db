import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App.js';
import { createApi } from './api.js';
import { createAuth } from './auth.js';
import { readClientConfig } from '../../web-shared/client-config.js';
import { pickLanguage } from '../../web-shared/lang.js';
import { createOfficeHost } from './office-host.js';
import { isDarkBackground } from './office-theme.js';
import { StringsProvider } from './strings-context.js';

const container = document.getElementById('root');
if (!container) throw new Error('#root mangler i index.html');
const root = createRoot(container);

async function start() {
  const host = createOfficeHost();
  const config = readClientConfig(document);
  const { inOffice } = await host.ready();
  const lang = pickLanguage(host.displayLanguage());
  document.documentElement.lang = lang;
  const theme = isDarkBackground(host.bodyBackgroundColor()) ? webDarkTheme : webLightTheme;
  const api = config ? createApi({ auth: createAuth(config, host) }) : null;
  root.render(
    <StrictMode>
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <StringsProvider lang={lang}>
          <App host={host} api={api} inOffice={inOffice} />
        </StringsProvider>
      </FluentProvider>
    </StrictMode>,
  );
}

void start();
