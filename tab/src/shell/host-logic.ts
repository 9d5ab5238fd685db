/**
 * Start-up decisions as pure functions: the theme to use, what a plain browser's URL says in place
 * of the Teams context, and a timeout guard. No React, no teams-js. (The page's config and the
 * language: web-shared/client-config.ts and web-shared/lang.ts.)
 */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** Teams calls its themes default, dark and contrast; anything else (or nothing) reads as default. */
export function themeName(value: string | null | undefined): ThemeName {
  const theme = value?.trim().toLowerCase();
  if (theme === 'dark') return 'dark';
  if (theme === 'contrast' || theme === 'highcontrast' || theme === 'high-contrast') return 'contrast';
  return 'default';
}

/** What a plain browser's address says in place of the Teams context (demo, tests, local use). */
export interface StandaloneSettings {
  theme: ThemeName;
  locale: string | null;
  section: string | null;
  conversationId: string | null;
}

/** `?theme=dark|contrast`, `?lang=en` (else the browser's language), `?section=`, `?conversationId=`. */
export function standaloneSettings(search: string, navigatorLanguage: string | null | undefined): StandaloneSettings {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim().slice(0, 500) || null;
  return {
    theme: themeName(text('theme')),
    locale: text('lang') ?? navigatorLanguage ?? null,
    section: text('section'),
    conversationId: text('conversationId'),
  };
}

/** A failure of a timeout guard: the host did not answer in time. */
export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * The promise, or a TimeoutError after `ms`. teams-js outside Teams never settles some calls (and
 * `app.initialize` hangs for a minute in a foreign frame), so every host call goes through this.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    promise.then(
      (value) => {
        timers.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
