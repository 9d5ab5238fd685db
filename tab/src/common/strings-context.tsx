import { createContext, useContext, type ReactNode } from 'react';
import { stringsFor, type Lang, type Strings } from './i18n.js';

/** The UI language and its strings, chosen once from the Teams locale (or the browser's). */
const StringsContext = createContext<{ lang: Lang; t: Strings }>({ lang: 'da', t: stringsFor('da') });

export function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <StringsContext.Provider value={{ lang, t: stringsFor(lang) }}>{children}</StringsContext.Provider>;
}

export function useStrings(): { lang: Lang; t: Strings } {
  return useContext(StringsContext);
}
