import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  FluentProvider,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { App } from './App.js';
import { createApi, type KontaktsporApi } from './api.js';
import { createAuth } from './auth.js';
import { readClientConfig } from '../../../web-shared/client-config.js';
import { pickLanguage, type Lang } from '../../../web-shared/lang.js';
import type { ThemeName } from './host-logic.js';
import { formatRoute, initialRoute, parseHash, type Route } from './route-logic.js';
import { StringsProvider } from '../common/strings-context.js';
import { createTeamsHost, type HostContext, type TeamsHost } from './teams-host.js';

const THEMES: Record<ThemeName, Theme> = {
  default: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

const container = document.getElementById('root');
if (!container) throw new Error('#root mangler i index.html');
const root = createRoot(container);

function Root(props: {
  host: TeamsHost;
  context: HostContext;
  lang: Lang;
  api: KontaktsporApi | null;
  initial: Route;
}) {
  const [theme, setTheme] = useState<ThemeName>(props.context.theme);
  useEffect(() => props.host.onThemeChange(setTheme), [props.host]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme === 'default' ? 'light' : 'dark';
  }, [theme]);
  return (
    <FluentProvider theme={THEMES[theme]} style={{ minHeight: '100vh' }}>
      <StringsProvider lang={props.lang}>
        <App host={props.host} hostContext={props.context} api={props.api} initial={props.initial} theme={theme} />
      </StringsProvider>
    </FluentProvider>
  );
}

async function start() {
  const host = createTeamsHost();
  const config = readClientConfig(document);
  // Standalone this resolves at once; inside Teams it waits at most a few seconds for teams-js.
  const context = await host.start();
  const lang = pickLanguage(context.locale);
  document.documentElement.lang = lang;
  const initial = initialRoute(location.hash, context);
  if (parseHash(location.hash).page !== initial.page) history.replaceState(history.state, '', formatRoute(initial));
  const api = config ? createApi({ auth: createAuth(config, host, { inTeams: context.kind === 'teams' }) }) : null;
  root.render(
    <StrictMode>
      <Root host={host} context={context} lang={lang} api={api} initial={initial} />
    </StrictMode>,
  );
}

void start();
