import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs, pretty-printed for a person at a terminal unless LOG_FORMAT=json.
 * Secrets are redacted wherever they might be logged by accident.
 */
export const createLogger = (level = 'info'): Logger =>
  pino({
    level,
    base: { service: 'guanxi' },
    redact: ['password', '*.password', 'headers.authorization', 'req.headers.authorization'],
    ...(process.stdout.isTTY && process.env.LOG_FORMAT !== 'json'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss' },
          },
        }
      : {}),
  });
