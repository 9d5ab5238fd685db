/** The parts of the unified manifest the validator reads (after parsing, before trusting: all optional). */

export interface Icon {
  size?: number;
  url?: string;
}
export interface Control {
  id?: string;
  type?: string;
  label?: string;
  icons?: Icon[];
  actionId?: string;
}
export interface Action {
  id?: string;
  type?: string;
}
export interface Runtime {
  id?: string;
  code?: { page?: string };
  actions?: Action[];
}
export interface Extension {
  requirements?: { scopes?: string[]; capabilities?: { name?: string; minVersion?: string }[] };
  runtimes?: Runtime[];
  alternates?: { hide?: { customOfficeAddin?: { officeAddinId?: string } } }[];
  ribbons?: {
    contexts?: string[];
    tabs?: { groups?: { id?: string; label?: string; icons?: Icon[]; controls?: Control[] }[] }[];
  }[];
}
export interface UnifiedManifest {
  $schema?: string;
  manifestVersion?: string;
  version?: string;
  id?: string;
  localizationInfo?: {
    defaultLanguageTag?: string;
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag?: string; file?: string }[];
  };
  icons?: { color?: string; outline?: string; color32x32?: string };
  bots?: { botId?: string }[];
  composeExtensions?: { botId?: string; messageHandlers?: { type?: string; value?: { domains?: string[] } }[] }[];
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
  authorization?: { permissions?: { resourceSpecific?: { name?: string; type?: string }[] } };
  extensions?: Extension[];
}
