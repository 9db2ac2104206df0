import type { Msg } from '../message';
import { messageField } from '../message';
import { EMPTY_SET, withEntry, withItem, withoutEntry, withoutItem } from './collections';
import type { Crdt, CrdtFactory } from './crdt';
import { boolEntry, listEntry } from './entries';
import { hasField, stringField } from './fields';
import { deltaFor, kindOfName, memberOf } from './kinds';
import { applyMapDelta, entryDelta, lookup, stateEntries } from './ormap-entries';
import { encodeSorted, sortedStrings } from './strings';

/**
 * What the current command did to the keys. Changes inside values are not listed here: each
 * value keeps its own pending delta, and the pre-existing keys that have one are the `updated`.
 */
interface Pending {
  readonly cleared: boolean;
  readonly removed: ReadonlySet<string>;
  readonly added: ReadonlySet<string>;
}

const NO_CHANGE: Pending = { cleared: false, removed: EMPTY_SET, added: EMPTY_SET };

/** An observed-remove map from strings to CRDTs whose type is named by the key's prefix. */
export class ORMap implements Crdt {
  readonly kind = 'ORMap';

  private constructor(
    private readonly factory: CrdtFactory,
    readonly entries: ReadonlyMap<string, Crdt>,
    private readonly pending: Pending,
  ) {}

  static empty(factory: CrdtFactory): ORMap {
    return new ORMap(factory, new Map(), NO_CHANGE);
  }

  add(key: string): ORMap {
    if (this.entries.has(key)) {
      return this;
    }

    const value = this.factory.empty(kindOfName(key));
    const pending = { ...this.pending, added: withItem(this.pending.added, key) };

    return new ORMap(this.factory, withEntry(this.entries, key, value), pending);
  }

  /** Creates the entry if it is missing, then applies the nested Update to its value. */
  updateEntry(key: string, update: Msg): ORMap {
    const map = this.add(key);
    const value = lookup(map.entries, key).applyUpdate(update);

    return new ORMap(this.factory, withEntry(map.entries, key, value), map.pending);
  }

  remove(key: string): ORMap {
    if (!this.entries.has(key)) {
      return this;
    }

    // A key created by this command just disappears; an older one is listed as removed.
    const { removed, added } = this.pending;
    const pending = added.has(key)
      ? { ...this.pending, added: withoutItem(added, key) }
      : { ...this.pending, removed: withItem(removed, key) };

    return new ORMap(this.factory, withoutEntry(this.entries, key), pending);
  }

  clear(): ORMap {
    return new ORMap(this.factory, new Map(), { ...NO_CHANGE, cleared: true });
  }

  applyDelta(delta: Msg): ORMap {
    const entries = applyMapDelta(this.entries, deltaFor(delta, this.kind), this.factory);

    return new ORMap(this.factory, entries, this.pending);
  }

  applyUpdate(update: Msg): ORMap {
    const op = memberOf(update, this.kind, 'update');

    if (op === undefined) {
      return this;
    }

    if (hasField(op, 'add')) {
      return this.add(stringField(op, 'add'));
    }

    const entryUpdate = messageField(op, 'update');

    if (entryUpdate !== undefined) {
      const nested = messageField(entryUpdate, 'update') ?? {};

      return this.updateEntry(stringField(entryUpdate, 'key'), nested);
    }

    if (hasField(op, 'remove')) {
      return this.remove(stringField(op, 'remove'));
    }

    // The reference clears whenever the member is set, whatever its value.
    return hasField(op, 'clear') ? this.clear() : this;
  }

  hasDelta(): boolean {
    const { cleared, removed, added } = this.pending;
    const changedValue = [...this.entries.values()].some((value) => value.hasDelta());

    return cleared || removed.size > 0 || added.size > 0 || changedValue;
  }

  /** New keys carry their value's whole delta; older keys appear only if their value changed. */
  delta(): Msg {
    const { cleared, removed, added } = this.pending;
    const keys = sortedStrings(this.entries.keys());
    const deltaOf = (key: string): Msg => entryDelta(key, lookup(this.entries, key).delta());
    const isUpdated = (key: string): boolean =>
      !added.has(key) && lookup(this.entries, key).hasDelta();

    return {
      ormap: {
        ...boolEntry('cleared', cleared),
        ...listEntry('removed', encodeSorted(removed)),
        ...listEntry('updated', keys.filter(isUpdated).map(deltaOf)),
        ...listEntry('added', keys.filter((key) => added.has(key)).map(deltaOf)),
      },
    };
  }

  resetDelta(): ORMap {
    const entries = new Map([...this.entries].map(([key, value]) => [key, value.resetDelta()]));

    return new ORMap(this.factory, entries, NO_CHANGE);
  }

  state(): Msg {
    return { ormap: listEntry('entries', stateEntries(this.entries)) };
  }

  fullDelta(): Msg {
    const keys = sortedStrings(this.entries.keys());
    const added = keys.map((key) => entryDelta(key, lookup(this.entries, key).fullDelta()));

    return { ormap: listEntry('added', added) };
  }
}
