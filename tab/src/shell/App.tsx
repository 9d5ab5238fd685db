/** The tab's shell: navigation, the directory every page needs, and the page the hash names. */
import { useMemo } from 'react';
import { Body1, Link, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { KontaktsporApi } from './api.js';
import type { ThemeName } from './host-logic.js';
import type { Route } from './route-logic.js';
import { AdminPage } from '../admin/admin-page.js';
import { ChannelConfigPage, ChannelPage } from '../channel/channel-page.js';
import { CompanyPage } from '../company/company-page.js';
import { DashboardPage } from '../dashboard/dashboard-page.js';
import { SearchPage } from '../search/search-page.js';
import { NewCompanyPage } from '../search/new-company-page.js';
import { MyTagsPanel } from '../admin/my-tags-panel.js';
import { PrivacyPage } from '../admin/privacy-page.js';
import { useStrings } from '../common/strings-context.js';
import { TabProvider, type Directory, type TabContextValue } from './tab-context.js';
import type { HostContext, TeamsHost } from './teams-host.js';
import { useHashRoute } from './use-hash-route.js';
import { ErrorBanner } from '../../../web-shared/error-banner.js';
import { useLoad } from '../../../web-shared/use-load.js';

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  // Wraps at Teams mobile's 375 px rather than pushing links out of view.
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalL },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '1200px',
    width: '100%',
    boxSizing: 'border-box',
    '& h1, & h2, & h3': { margin: 0 },
  },
});

export function App(props: {
  host: TeamsHost;
  hostContext: HostContext;
  api: KontaktsporApi | null;
  initial: Route;
  theme: ThemeName;
}) {
  const { t } = useStrings();
  const styles = useStyles();
  const [route, navigate] = useHashRoute(props.initial);
  const { api } = props;
  const directory = useLoad<Directory>(api ? 'directory' : null, async () => {
    const [me, topics, sections, staff] = await Promise.all([api!.me(), api!.topics(), api!.sections(), api!.staff()]);
    return { me, topics, sections, staff };
  });
  const context = useMemo<TabContextValue | null>(
    () =>
      api && directory.data
        ? { api, host: props.host, hostContext: props.hostContext, directory: directory.data, navigate }
        : null,
    [api, directory.data, props.host, props.hostContext, navigate],
  );

  let content;
  if (!api) content = <ErrorBanner error={{ code: 'CONFIG', message: '' }} onRetry={() => location.reload()} />;
  else if (directory.status === 'failed' && !directory.data)
    content = <ErrorBanner error={directory.error} onRetry={directory.reload} />;
  else if (!context) content = <Spinner size="small" label={t.loading} data-testid="app-loading" />;
  else
    content = <TabProvider value={context}>{page(route, props.hostContext, t.notFoundPage, t.toSearch)}</TabProvider>;

  const links: { page: Route['page']; href: string; label: string; testId: string }[] = [
    { page: 'search', href: '#/', label: t.nav.search, testId: 'nav-search' },
    { page: 'dashboard', href: '#/dashboard', label: t.nav.dashboard, testId: 'nav-dashboard' },
    { page: 'channel', href: '#/channel', label: t.nav.channel, testId: 'nav-channel' },
    { page: 'privacy', href: '#/privacy', label: t.nav.privacy, testId: 'nav-privacy' },
    // Only admins see the way in; the page and the service refuse others anyway.
    ...(directory.data?.me.isAdmin
      ? [{ page: 'admin' as const, href: '#/admin', label: t.nav.admin, testId: 'nav-admin' }]
      : []),
  ];
  const active =
    route.page === 'company' || route.page === 'new-company'
      ? 'search'
      : route.page === 'channel-config'
        ? 'channel'
        : route.page;

  return (
    <div className={styles.shell} data-testid="tab-app" data-host={props.hostContext.kind} data-theme={props.theme}>
      <nav className={styles.nav} aria-label={t.nav.label}>
        <span className={styles.brand}>{t.appName}</span>
        <ul className={styles.navList}>
          {links.map((link) => (
            <li key={link.page}>
              <Link
                href={link.href}
                data-testid={link.testId}
                aria-current={active === link.page ? 'page' : undefined}
                className={active === link.page ? styles.current : undefined}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className={styles.main}>{content}</main>
    </div>
  );
}

function page(route: Route, host: HostContext, notFound: string, toSearch: string) {
  switch (route.page) {
    case 'search':
      return (
        <>
          <SearchPage query={route.q} />
          <MyTagsPanel />
        </>
      );
    case 'company':
      return <CompanyPage key={route.id} companyId={route.id} filter={route.filter} />;
    case 'new-company':
      return <NewCompanyPage query={route.q} mode={route.mode} />;
    case 'dashboard':
      return <DashboardPage from={route.from} to={route.to} section={route.section} />;
    case 'channel':
      return host.frameContext === 'settings' ? <ChannelConfigPage /> : <ChannelPage section={route.section} />;
    case 'channel-config':
      return <ChannelConfigPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'admin':
      return <AdminPage />;
    case 'not-found':
      return (
        <Body1 data-testid="not-found">
          {notFound} <Link href="#/">{toSearch}</Link>
        </Body1>
      );
  }
}
