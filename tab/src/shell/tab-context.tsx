/** What every page of the tab shares: the API, the host, who I am, and the tenant's topics, sections and staff. */
import { createContext, useContext, type ReactNode } from 'react';
import type { KontaktsporApi } from './api.js';
import type { HostContext, TeamsHost } from './teams-host.js';
import type { Route } from './route-logic.js';
import type { Me, Section, StaffMember, Topic } from '../../../web-shared/api-types.js';

export interface Directory {
  me: Me;
  topics: Topic[];
  sections: Section[];
  staff: StaffMember[];
}

export interface TabContextValue {
  api: KontaktsporApi;
  host: TeamsHost;
  hostContext: HostContext;
  directory: Directory;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

const TabContext = createContext<TabContextValue | null>(null);

export function TabProvider({ value, children }: { value: TabContextValue; children: ReactNode }) {
  return <TabContext.Provider value={value}>{children}</TabContext.Provider>;
}

export function useTab(): TabContextValue {
  const value = useContext(TabContext);
  if (!value) throw new Error('useTab outside TabProvider');
  return value;
}
