import type { Msg } from '../message';
import type { Crdt } from './crdt';
import { int64Entry } from './entries';
import { int64Field } from './fields';
import { asInt64 } from './int64';
import { deltaFor, memberOf } from './kinds';

/** A positive-negative counter; `pending` is the net change of the current command. */
export class PNCounter implements Crdt {
  readonly kind = 'PNCounter';

  private constructor(
    readonly value: bigint,
    private readonly pending: bigint,
  ) {}

  static empty(): PNCounter {
    return new PNCounter(0n, 0n);
  }

  change(by: bigint): PNCounter {
    return new PNCounter(asInt64(this.value + by), asInt64(this.pending + by));
  }

  applyDelta(delta: Msg): PNCounter {
    const change = int64Field(deltaFor(delta, this.kind), 'change');

    return new PNCounter(asInt64(this.value + change), this.pending);
  }

  applyUpdate(update: Msg): PNCounter {
    const op = memberOf(update, this.kind, 'update');

    return op === undefined ? this : this.change(int64Field(op, 'change'));
  }

  hasDelta(): boolean {
    return this.pending !== 0n;
  }

  delta(): Msg {
    return { pncounter: int64Entry('change', this.pending) };
  }

  resetDelta(): PNCounter {
    return new PNCounter(this.value, 0n);
  }

  state(): Msg {
    return { pncounter: int64Entry('value', this.value) };
  }

  fullDelta(): Msg {
    return { pncounter: int64Entry('change', this.value) };
  }
}
