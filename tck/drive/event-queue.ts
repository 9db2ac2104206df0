import type { CallEvent } from './call-event';

/**
 * Buffers what a call produces until the runner asks for it. Once the call has ended, every
 * further read returns that end again, so a runner that reads past it sees why.
 */
export class EventQueue {
  private readonly events: CallEvent[] = [];
  private waiter: ((event: CallEvent) => void) | undefined;
  private ended: CallEvent | undefined;

  push(event: CallEvent): void {
    if (this.ended !== undefined) {
      return;
    }
    if (event.kind === 'complete' || event.kind === 'error') {
      this.ended = event;
    }

    const waiter = this.waiter;
    if (waiter === undefined) {
      this.events.push(event);
      return;
    }

    this.waiter = undefined;
    waiter(event);
  }

  next(timeoutMs: number): Promise<CallEvent> {
    const queued = this.events.shift();
    if (queued !== undefined) {
      return Promise.resolve(queued);
    }

    if (this.ended !== undefined) {
      return Promise.resolve(this.ended);
    }

    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        resolve({ kind: 'timeout', waitedMs: timeoutMs });
      }, timeoutMs);

      this.waiter = (event) => {
        clearTimeout(timer);
        resolve(event);
      };
    });
  }
}
