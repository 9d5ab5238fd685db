import { pino, type Logger } from 'pino';

/** Structured logs. Callers log ids and codes, never tokens, bodies, summaries or CPR numbers. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'kontaktspor' },
    redact: {
      paths: ['req.headers.authorization', '*.authorization', '*.token', '*.accessToken'],
      censor: '[redacted]',
    },
  });
}
