import type { Msg } from '../message';
import { listField } from '../message';
import { EMPTY_SET, withItem, withoutItem } from './collections';
import type { Crdt } from './crdt';
import { boolEntry, listEntry } from './entries';
import { boolField, hasField, stringField } from './fields';
import { deltaFor, memberOf } from './kinds';
import { decodeStrings, encodeSorted, sortedStrings } from './strings';

/** The net change of the current command: what goes out as an ORSetDelta. */
interface Pending {
  readonly cleared: boolean;
  readonly removed: ReadonlySet<string>;
  readonly added: ReadonlySet<string>;
}

const NO_CHANGE: Pending = { cleared: false, removed: EMPTY_SET, added: EMPTY_SET };

/** An observed-remove set of strings. */
export class ORSet implements Crdt {
  readonly kind = 'ORSet';

  private constructor(
    readonly elements: ReadonlySet<string>,
    private readonly pending: Pending,
  ) {}

  static empty(): ORSet {
    return new ORSet(EMPTY_SET, NO_CHANGE);
  }

  add(element: string): ORSet {
    if (this.elements.has(element)) {
      return this;
    }

    // Re-adding what this command removed cancels the removal instead of listing both.
    const { removed, added } = this.pending;
    const pending = removed.has(element)
      ? { ...this.pending, removed: withoutItem(removed, element) }
      : { ...this.pending, added: withItem(added, element) };

    return new ORSet(withItem(this.elements, element), pending);
  }

  remove(element: string): ORSet {
    if (!this.elements.has(element)) {
      return this;
    }

    const { removed, added } = this.pending;
    const pending = added.has(element)
      ? { ...this.pending, added: withoutItem(added, element) }
      : { ...this.pending, removed: withItem(removed, element) };

    return new ORSet(withoutItem(this.elements, element), pending);
  }

  /** A clear supersedes everything earlier in the command, so only later adds are kept. */
  clear(): ORSet {
    return new ORSet(EMPTY_SET, { ...NO_CHANGE, cleared: true });
  }

  applyDelta(delta: Msg): ORSet {
    const op = deltaFor(delta, this.kind);
    const elements = new Set(boolField(op, 'cleared') ? [] : this.elements);

    decodeStrings(listField(op, 'removed')).forEach((element) => elements.delete(element));
    decodeStrings(listField(op, 'added')).forEach((element) => elements.add(element));

    return new ORSet(elements, this.pending);
  }

  applyUpdate(update: Msg): ORSet {
    const op = memberOf(update, this.kind, 'update');

    if (op === undefined) {
      return this;
    }

    if (hasField(op, 'add')) {
      return this.add(stringField(op, 'add'));
    }

    if (hasField(op, 'remove')) {
      return this.remove(stringField(op, 'remove'));
    }

    // The reference clears only when the flag is true, unlike ORMap's clear.
    return boolField(op, 'clear') ? this.clear() : this;
  }

  hasDelta(): boolean {
    const { cleared, removed, added } = this.pending;

    return cleared || removed.size > 0 || added.size > 0;
  }

  delta(): Msg {
    const { cleared, removed, added } = this.pending;

    return {
      orset: {
        ...boolEntry('cleared', cleared),
        ...listEntry('removed', encodeSorted(removed)),
        ...listEntry('added', encodeSorted(added)),
      },
    };
  }

  resetDelta(): ORSet {
    return new ORSet(this.elements, NO_CHANGE);
  }

  state(): Msg {
    return { orset: listEntry('elements', sortedStrings(this.elements)) };
  }

  fullDelta(): Msg {
    return { orset: listEntry('added', encodeSorted(this.elements)) };
  }
}
