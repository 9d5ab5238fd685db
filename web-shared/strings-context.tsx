/**
 * The UI language in React, one mechanism for both front ends: each front end binds its own tables
 * and failure wording (createStringsContext), and the shared pieces read the language and that
 * wording from the same provider.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { FailureLike } from './failure.js';
import type { Lang } from './lang.js';

interface Shared {
  lang: Lang;
  /** The front end's words for a failure (its errorMessage). */
  describeFailure: (error: FailureLike, lang: Lang) => string;
}

// Outside a provider: Danish, and a failure reads as its code.
const SharedContext = createContext<Shared>({ lang: 'da', describeFailure: (error) => error.code });

/** A front end's StringsProvider and useStrings over its own tables and failure wording. */
export function createStringsContext<Strings>(
  stringsFor: (lang: Lang) => Strings,
  describeFailure: Shared['describeFailure'],
) {
  function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
    return <SharedContext.Provider value={{ lang, describeFailure }}>{children}</SharedContext.Provider>;
  }
  function useStrings(): { lang: Lang; t: Strings } {
    const { lang } = useContext(SharedContext);
    return { lang, t: stringsFor(lang) };
  }
  return { StringsProvider, useStrings };
}

/** The language and failure wording, for the pieces both front ends show. */
export function useSharedStrings(): Shared {
  return useContext(SharedContext);
}
