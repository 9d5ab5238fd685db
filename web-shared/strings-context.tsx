/**
 * The UI language and words in React, one mechanism for both front ends: each front end binds its
 * own tables and failure wording (createStringsContext), and the shared pieces read the language and
 * that wording from the same provider.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { FailureLike } from './failure.js';
import type { Lang } from './lang.js';

interface StringsValue {
  lang: Lang;
  /** The front end's words for the language, typed by its own hook. */
  t: unknown;
  describeFailure: (error: FailureLike, lang: Lang) => string;
}

const StringsContext = createContext<StringsValue | null>(null);

/**
 * A front end's StringsProvider and useStrings over its tables. `describeFailure` words a failure in
 * the front end's language; the shared error banner uses it. Without a provider: Danish.
 */
export function createStringsContext<Strings>(
  stringsFor: (lang: Lang) => Strings,
  describeFailure: (error: FailureLike, lang: Lang) => string,
) {
  function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
    return <StringsContext.Provider value={{ lang, t: stringsFor(lang), describeFailure }}>{children}</StringsContext.Provider>;
  }
  const fallback = { lang: 'da' as Lang, t: stringsFor('da'), describeFailure };
  function useStrings(): { lang: Lang; t: Strings } {
    // The provider holds this front end's tables (it was made by this same call).
    return (useContext(StringsContext) as { lang: Lang; t: Strings } | null) ?? fallback;
  }
  return { StringsProvider, useStrings };
}

/** The language and failure wording for the shared pieces (Danish, codes only, outside a provider). */
export function useSharedStrings(): Pick<StringsValue, 'lang' | 'describeFailure'> {
  return useContext(StringsContext) ?? { lang: 'da', describeFailure: (error) => error.code };
}
