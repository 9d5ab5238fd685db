import { createStringsContext } from '../../../web-shared/strings-context.js';
import { errorMessage } from './format-logic.js';
import { stringsFor } from './i18n.js';

/** The UI language and its strings, chosen once from the Teams locale (or the browser's). */
export const { StringsProvider, useStrings } = createStringsContext(stringsFor, errorMessage);
