import type { Msg } from '../message';
import { listField } from '../message';
import { EMPTY_SET, withItem } from './collections';
import type { Crdt } from './crdt';
import { listEntry } from './entries';
import { stringField } from './fields';
import { deltaFor, memberOf } from './kinds';
import { decodeStrings, encodeSorted, sortedStrings } from './strings';

/** A grow-only set of strings; `added` holds the elements new in the current command. */
export class GSet implements Crdt {
  readonly kind = 'GSet';

  private constructor(
    readonly elements: ReadonlySet<string>,
    private readonly added: ReadonlySet<string>,
  ) {}

  static empty(): GSet {
    return new GSet(EMPTY_SET, EMPTY_SET);
  }

  add(element: string): GSet {
    if (this.elements.has(element)) {
      return this;
    }

    return new GSet(withItem(this.elements, element), withItem(this.added, element));
  }

  applyDelta(delta: Msg): GSet {
    const added = decodeStrings(listField(deltaFor(delta, this.kind), 'added'));

    return new GSet(new Set([...this.elements, ...added]), this.added);
  }

  applyUpdate(update: Msg): GSet {
    const op = memberOf(update, this.kind, 'update');

    return op === undefined ? this : this.add(stringField(op, 'add'));
  }

  hasDelta(): boolean {
    return this.added.size > 0;
  }

  delta(): Msg {
    return { gset: listEntry('added', encodeSorted(this.added)) };
  }

  resetDelta(): GSet {
    return new GSet(this.elements, EMPTY_SET);
  }

  state(): Msg {
    return { gset: listEntry('elements', sortedStrings(this.elements)) };
  }

  fullDelta(): Msg {
    return { gset: listEntry('added', encodeSorted(this.elements)) };
  }
}
