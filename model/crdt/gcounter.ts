import type { Msg } from '../message';
import type { Crdt } from './crdt';
import { int64Entry } from './entries';
import { int64Field } from './fields';
import { asUint64 } from './int64';
import { deltaFor, memberOf } from './kinds';

/** A grow-only counter; `pending` is the net increment of the current command. */
export class GCounter implements Crdt {
  readonly kind = 'GCounter';

  private constructor(
    readonly value: bigint,
    private readonly pending: bigint,
  ) {}

  static empty(): GCounter {
    return new GCounter(0n, 0n);
  }

  increment(by: bigint): GCounter {
    return new GCounter(asUint64(this.value + by), asUint64(this.pending + by));
  }

  applyDelta(delta: Msg): GCounter {
    const increment = int64Field(deltaFor(delta, this.kind), 'increment');

    return new GCounter(asUint64(this.value + increment), this.pending);
  }

  applyUpdate(update: Msg): GCounter {
    const op = memberOf(update, this.kind, 'update');

    return op === undefined ? this : this.increment(int64Field(op, 'increment'));
  }

  hasDelta(): boolean {
    return this.pending !== 0n;
  }

  delta(): Msg {
    return { gcounter: int64Entry('increment', this.pending) };
  }

  resetDelta(): GCounter {
    return new GCounter(this.value, 0n);
  }

  state(): Msg {
    return { gcounter: int64Entry('value', this.value) };
  }

  fullDelta(): Msg {
    return { gcounter: int64Entry('increment', this.value) };
  }
}
