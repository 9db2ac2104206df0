import fc from 'fast-check';
import type { Crdt } from '../../../../model/crdt/crdt';
import { CRDT_KINDS } from '../../../../model/crdt/crdt';
import type { Msg, Value } from '../../../../model/message';
import { isMsg } from '../../../../model/message';
import { updateOf, valueOf } from './crdt-arbitraries';

// Delta soundness: a replica that held the old value and receives the net delta of a command
// ends up with the command's new value, and a command that reports no delta changed nothing.

/**
 * The part of a State that deltas carry. A Vote's local delta holds only this node's vote (the
 * proxy owns the tallies), so votes_for and total_voters are left out of the comparison.
 */
function replicated(value: Value): Value {
  if (Array.isArray(value)) {
    return value.map(replicated);
  }

  if (!isMsg(value)) {
    return value;
  }

  const fields = Object.entries(value).map(([field, inner]): [string, Value] => [
    field,
    isMsg(inner) && field === 'vote' ? { self_vote: inner.self_vote ?? false } : replicated(inner),
  ]);

  return Object.fromEntries(fields);
}

const run = (crdt: Crdt, updates: Msg[]): Crdt =>
  updates.reduce((value, update) => value.applyUpdate(update), crdt);

describe.each(CRDT_KINDS)('%s local updates', (kind) => {
  const updates = fc.array(updateOf(kind), { minLength: 1, maxLength: 6 });

  test('old value + emitted delta == new value', () => {
    fc.assert(
      fc.property(valueOf(kind), updates, (old, ops) => {
        const updated = run(old, ops);
        const replica = updated.hasDelta() ? old.applyDelta(updated.delta()) : old;

        expect(replicated(replica.state())).toEqual(replicated(updated.state()));
      }),
      { numRuns: 300 },
    );
  });

  test('no delta means no change', () => {
    fc.assert(
      fc.property(valueOf(kind), updates, (old, ops) => {
        const updated = run(old, ops);

        if (!updated.hasDelta()) {
          expect(updated.state()).toEqual(old.state());
        }
      }),
    );
  });

  test('the delta goes away once taken, the value stays', () => {
    fc.assert(
      fc.property(valueOf(kind), updates, (old, ops) => {
        const taken = run(old, ops).resetDelta();

        expect(taken.hasDelta()).toBe(false);
        expect(taken.state()).toEqual(run(old, ops).state());
      }),
    );
  });
});
