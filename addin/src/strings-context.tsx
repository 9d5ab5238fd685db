import { createStringsContext } from '../../web-shared/strings-context.js';
import { errorMessage } from './pane-failures.js';
import { stringsFor } from './i18n.js';

/** The UI language and its strings, chosen once from Office's display language. */
export const { StringsProvider, useStrings } = createStringsContext(stringsFor, errorMessage);
