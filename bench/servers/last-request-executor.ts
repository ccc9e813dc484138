import { Executor } from '@guanxi/server';

/** Each request's executor counts its own round trips; this keeps the last one's count. */
export class LastRequestExecutor extends Executor {
  lastRequest: Executor | undefined;
  override fork(): Executor {
    this.lastRequest = super.fork();
    return this.lastRequest;
  }
}
