import type { Actor } from '../domain/model.js';

/** Turns a request's credentials into the acting staff member, or throws UNAUTHENTICATED. */
export interface Authenticator {
  readonly mode: 'demo' | 'production';
  authenticate(headers: Readonly<Record<string, string | string[] | undefined>>): Promise<Actor>;
}
