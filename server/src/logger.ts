import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets are redacted wherever they might be logged by accident. */
export const createLogger = (level = 'info'): Logger =>
  pino({
    level,
    base: { service: 'guanxi' },
    redact: ['password', '*.password', 'headers.authorization', 'req.headers.authorization'],
  });
