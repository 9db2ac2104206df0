import type { CallTap } from './call-tap';

/**
 * Holds tap work (decoding, recording, rule checks) back until the event loop has flushed the
 * relayed bytes, so that it runs while the other side is busy instead of in the message's way.
 * One queue serves every call, so the recording keeps the order in which things arrived.
 */
export class TapQueue {
  private pending: (() => void)[] = [];
  private scheduled = false;

  /** A tap whose calls run later, in order; times are still taken on arrival by the relay. */
  defer(tap: CallTap): CallTap {
    return {
      message: (direction, bytes, at, applied) =>
        this.push(() => tap.message(direction, bytes, at, applied)),
      fault: (applied, at) => this.push(() => tap.fault(applied, at)),
      halfClose: (at) => this.push(() => tap.halfClose(at)),
      cancel: (at) => this.push(() => tap.cancel(at)),
      status: (status, at) => this.push(() => tap.status(status, at)),
    };
  }

  /** Runs everything queued now; readers of the recording call it to see every event so far. */
  drain(): void {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      batch.forEach((work) => work());
    }
  }

  private push(work: () => void): void {
    this.pending.push(work);

    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.drain();
      });
    }
  }
}
