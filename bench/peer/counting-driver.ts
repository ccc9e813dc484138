import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

type Execute = Session['executeRead'];

/**
 * The peer's round trips, counted where they happen: every `run` on a session, or on a
 * transaction it manages, opened through this driver is one Cypher statement sent to Neo4j.
 * A fresh one per request counts that request.
 */
export class CountingDriver {
  statements = 0;
  readonly driver: Driver;

  constructor(driver: Driver) {
    this.driver = new Proxy(driver, {
      get: (target, property) =>
        property === 'session'
          ? (config?: Parameters<Driver['session']>[0]) => this.countRuns(target.session(config))
          : bound(target, property),
    });
  }

  private countRuns<T extends Session | ManagedTransaction>(runner: T): T {
    return new Proxy(runner, {
      get: (target, property) => {
        const value = bound(target, property);
        if (property === 'run') {
          return (...args: unknown[]) => {
            this.statements += 1;
            return (value as (...a: unknown[]) => unknown)(...args);
          };
        }
        if (property === 'executeRead' || property === 'executeWrite') {
          const execute = value as Execute;
          return (work: (tx: ManagedTransaction) => unknown, config?: Parameters<Execute>[1]) =>
            execute((tx) => work(this.countRuns(tx)), config);
        }
        return value;
      },
    });
  }
}

/** A method keeps its own object as `this`, so the driver's internals work behind the proxy. */
function bound(target: object, property: string | symbol): unknown {
  const value: unknown = Reflect.get(target, property);
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}
