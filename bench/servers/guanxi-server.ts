import {
  configFromEnv,
  createDriver,
  createGuanxiYoga,
  createHttpServer,
  createLogger,
} from '@guanxi/server';
import { serveToParent } from './child-protocol';
import { LastRequestExecutor } from './last-request-executor';

/** Guanxi as `npm start` serves it: the real HTTP app, read-only, logging at warn. */
serveToParent(async (connection) => {
  const config = configFromEnv();
  const logger = createLogger('warn');
  const driver = createDriver(connection);
  const executor = new LastRequestExecutor(driver, { timeoutMs: config.queryTimeoutMs, logger });
  const yoga = createGuanxiYoga({ executor, logger, tokens: [] });
  // As on a loopback HOST, whatever HOST this shell has: the load comes from one address.
  const server = createHttpServer(yoga, executor, { logger, ...config.http, rateLimit: null });
  return {
    server,
    lastRequestRoundTrips: () => executor.lastRequest?.roundTrips ?? 0,
    close: () => driver.close(),
  };
});
