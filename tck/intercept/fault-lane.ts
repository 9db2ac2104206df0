import type { Readable, Writable } from 'node:stream';
import type { AppliedFault, MessageFaults } from './faults';

/** What a lane tells of each message it relayed; `applied` is set when a fault made it. */
export type Relayed = (bytes: Buffer, at: number, applied?: AppliedFault) => void;

/** One direction of a call, as the rest of the relay sees it. */
export interface Lane {
  /** Runs `then` once every message received so far has been relayed or dropped. */
  afterFlush(then: () => void): void;

  /** Gives up what is still held: the other side can take nothing more. */
  stop(): void;
}

/** A lane without faults holds nothing back. */
export const PLAIN_LANE: Lane = {
  afterFlush: (then) => then(),
  stop: () => undefined,
};

interface Held {
  bytes: Buffer;
  at: number;

  /** A performance.now() reading before which the message may not go. */
  due: number;
  applied?: AppliedFault;
}

/**
 * One direction of a call with faults to apply. A delayed message holds every later one of its
 * direction behind it, as a slow link would: a stream's order is kept, only its timing changes.
 */
export class FaultLane implements Lane {
  private readonly held: Held[] = [];
  private readonly waiting: (() => void)[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly from: Readable,
    private readonly to: Writable,
    private readonly faults: MessageFaults,
    private readonly relayed: Relayed,
    private readonly noted: (applied: AppliedFault, at: number) => void,
  ) {
    from.on('data', (bytes: Buffer) => this.receive(bytes));
  }

  afterFlush(then: () => void): void {
    if (this.held.length === 0) {
      then();
    } else {
      this.waiting.push(then);
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Known shortcoming: messages still held by a delay when the call ends are dropped without
    // an entry in the recording, so a transcript cannot show they were ever sent.
    this.held.splice(0);
    this.waiting.splice(0).forEach((then) => then());
  }

  private receive(bytes: Buffer): void {
    const at = performance.now();
    const step = this.faults(bytes);

    if (step === undefined) {
      this.held.push({ bytes, at, due: 0 });
    } else {
      const { applied, delayMs, sends } = step;
      this.noted(applied, at);
      sends.forEach((send) => this.held.push({ bytes: send, at, due: at + delayMs, applied }));
    }

    this.flush(false);
  }

  /** `late`: the messages going now waited for a delay, so their time is when they go. */
  private flush(late: boolean): void {
    if (this.timer !== undefined) {
      return;
    }

    for (let next = this.held[0]; next !== undefined; next = this.held[0]) {
      const wait = next.due - performance.now();
      if (wait > 0) {
        // Reading on would only pile messages up here; the other side's pressure resumes it.
        this.from.pause();
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.flush(true);
        }, wait);
        return;
      }

      this.held.shift();
      this.write(next, late ? performance.now() : next.at);
    }

    if (late && !this.to.writableNeedDrain) {
      this.from.resume();
    }
    this.waiting.splice(0).forEach((then) => then());
  }

  private write(message: Held, at: number): void {
    if (this.to.writableEnded || this.to.destroyed) {
      return;
    }

    if (!this.to.write(message.bytes)) {
      this.from.pause();
      this.to.once('drain', () => this.from.resume());
    }

    this.relayed(message.bytes, at, message.applied);
  }
}
