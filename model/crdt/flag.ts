import type { Msg } from '../message';
import type { Crdt } from './crdt';
import { boolEntry } from './entries';
import { boolField } from './fields';
import { deltaFor, memberOf } from './kinds';

/** A flag that can only be enabled; `pending` means this command enabled it. */
export class Flag implements Crdt {
  readonly kind = 'Flag';

  private constructor(
    readonly value: boolean,
    private readonly pending: boolean,
  ) {}

  static empty(): Flag {
    return new Flag(false, false);
  }

  enable(): Flag {
    return this.value ? this : new Flag(true, true);
  }

  applyDelta(delta: Msg): Flag {
    const value = boolField(deltaFor(delta, this.kind), 'value');

    return new Flag(this.value || value, this.pending);
  }

  applyUpdate(update: Msg): Flag {
    return memberOf(update, this.kind, 'update') === undefined ? this : this.enable();
  }

  hasDelta(): boolean {
    return this.pending;
  }

  delta(): Msg {
    return { flag: boolEntry('value', this.pending) };
  }

  resetDelta(): Flag {
    return new Flag(this.value, false);
  }

  state(): Msg {
    return { flag: boolEntry('value', this.value) };
  }

  fullDelta(): Msg {
    return { flag: boolEntry('value', this.value) };
  }
}
