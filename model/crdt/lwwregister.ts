import type { Msg } from '../message';
import { messageField, primitiveString } from '../message';
import type { Crdt } from './crdt';
import { enumEntry, int64Entry, messageEntry, stringEntry } from './entries';
import { enumField, int64Field, stringField } from './fields';
import { deltaFor, memberOf } from './kinds';
import { decodeString } from './strings';

export const CLOCKS = ['DEFAULT', 'REVERSE', 'CUSTOM', 'CUSTOM_AUTO_INCREMENT'] as const;

export type Clock = (typeof CLOCKS)[number];

/**
 * A last-write-wins register of strings. The clock and custom clock value describe the pending
 * write only: they go back to DEFAULT/0 once the delta has gone out.
 */
export class LWWRegister implements Crdt {
  readonly kind = 'LWWRegister';

  private constructor(
    readonly value: string,
    private readonly clock: Clock,
    private readonly customClockValue: bigint,
    private readonly pending: boolean,
  ) {}

  /** Like the Java reference, a new register holds "" and that first write is a pending delta. */
  static empty(): LWWRegister {
    return new LWWRegister('', 'DEFAULT', 0n, true);
  }

  set(value: string, clock: Clock = 'DEFAULT', customClockValue = 0n): LWWRegister {
    const unchanged =
      value === this.value && clock === this.clock && customClockValue === this.customClockValue;

    return unchanged ? this : new LWWRegister(value, clock, customClockValue, true);
  }

  /** The proxy's write wins over, and drops, any local write not yet sent (the creation one). */
  applyDelta(delta: Msg): LWWRegister {
    const value = decodeString(deltaFor(delta, this.kind).value);

    return new LWWRegister(value, 'DEFAULT', 0n, false);
  }

  applyUpdate(update: Msg): LWWRegister {
    const op = memberOf(update, this.kind, 'update');

    if (op === undefined) {
      return this;
    }

    const value = stringField(op, 'value');
    const clock = messageField(op, 'clock');
    const clockType = enumField(clock, 'clockType', CLOCKS) ?? 'DEFAULT';

    // The reference passes the custom value on only for the two custom clocks.
    const custom = clockType.startsWith('CUSTOM') ? int64Field(clock, 'customClockValue') : 0n;

    return this.set(value, clockType, custom);
  }

  hasDelta(): boolean {
    return this.pending;
  }

  delta(): Msg {
    return {
      lwwregister: {
        ...messageEntry('value', this.pending ? primitiveString(this.value) : undefined),
        ...enumEntry('clock', this.clock, 'DEFAULT'),
        ...int64Entry('custom_clock_value', this.customClockValue),
      },
    };
  }

  resetDelta(): LWWRegister {
    return new LWWRegister(this.value, 'DEFAULT', 0n, false);
  }

  state(): Msg {
    return { lwwregister: stringEntry('value', this.value) };
  }

  fullDelta(): Msg {
    return { lwwregister: { value: primitiveString(this.value) } };
  }
}
