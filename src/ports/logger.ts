/**
 * What use cases log through: structured fields first, then a fixed message. pino's logger fits it as it is;
 * a use case never logs content (bodies, summaries, tokens, CPR numbers), only ids, codes and counts.
 */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
