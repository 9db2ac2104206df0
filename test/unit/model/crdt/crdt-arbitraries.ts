import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Crdt, CrdtKind } from '../../../../model/crdt/crdt';
import { CRDT_KINDS } from '../../../../model/crdt/crdt';
import { emptyCrdt } from '../../../../model/crdt/factory';
import { writeInt64 } from '../../../../model/crdt/int64';
import { kindOfName } from '../../../../model/crdt/kinds';
import { CLOCKS } from '../../../../model/crdt/lwwregister';
import type { Msg } from '../../../../model/message';
import { primitiveString as pstr } from '../../../../model/message';

// Generators of CRDT deltas, values and local updates in the message form. A small alphabet
// makes elements and keys collide often, which is where the interesting cases are.

export const element = fc.constantFrom('a', 'b', 'c', 'd', '', 'é', 'B');

const uint64 = fc.oneof(
  fc.bigInt({ min: 0n, max: 50n }),
  fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
);
const int64 = fc.oneof(
  fc.bigInt({ min: -50n, max: 50n }),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
);

const int64Entry = (field: string, value: bigint): Msg =>
  value === 0n ? {} : { [field]: writeInt64(value) };
const flagEntry = (field: string, value: boolean): Msg => (value ? { [field]: true } : {});
const anys = (field: string, xs: string[]): Msg => (xs.length > 0 ? { [field]: xs.map(pstr) } : {});

/** The ORMap keys used: two per type, so that the value type follows from the key. */
export const MAP_KEYS = CRDT_KINDS.flatMap((kind) => [`${kind}-1`, `${kind}-2`]);

/** A delta of `kind` as the proxy could send it; `depth` bounds ORMap nesting. */
export function deltaOf(kind: CrdtKind, depth = 1): Arbitrary<Msg> {
  switch (kind) {
    case 'GCounter':
      return uint64.map((n) => ({ gcounter: int64Entry('increment', n) }));
    case 'PNCounter':
      return int64.map((n) => ({ pncounter: int64Entry('change', n) }));
    case 'GSet':
      return fc.array(element).map((xs) => ({ gset: anys('added', xs) }));
    case 'ORSet':
      return setParts.map(orsetDelta);
    case 'LWWRegister':
      return element.map((v) => ({ lwwregister: { value: pstr(v) } }));
    case 'Flag':
      return fc.boolean().map((b) => ({ flag: flagEntry('value', b) }));
    case 'Vote':
      return fc
        .tuple(fc.boolean(), fc.nat(9), fc.nat(9))
        .map(([selfVote, votesFor, total]) => ({ vote: voteFields(selfVote, votesFor, total) }));
    case 'ORMap':
      return mapParts(depth).map(ormapDelta);
  }
}

function voteFields(selfVote: boolean, votesFor: number, total: number): Msg {
  return {
    ...flagEntry('self_vote', selfVote),
    ...(votesFor !== 0 && { votes_for: votesFor }),
    ...(total !== 0 && { total_voters: total }),
  };
}

/** Keys usable at this depth: nested maps only while depth remains. */
const keysAt = (depth: number): string[] =>
  MAP_KEYS.filter((key) => depth > 0 || kindOfName(key) !== 'ORMap');

/** The parts of an ORSetDelta, as plain strings. */
export interface SetParts {
  cleared: boolean;
  removed: string[];
  added: string[];
}

export const setParts: Arbitrary<SetParts> = fc.record({
  cleared: fc.boolean(),
  removed: fc.array(element),
  added: fc.array(element),
});

export function orsetDelta({ cleared, removed, added }: SetParts): Msg {
  return {
    orset: {
      ...flagEntry('cleared', cleared),
      ...anys('removed', removed),
      ...anys('added', added),
    },
  };
}

/** The parts of an ORMapDelta, with plain string keys. */
export interface MapParts {
  cleared: boolean;
  removed: string[];
  updated: { key: string; delta: Msg }[];
  added: { key: string; delta: Msg }[];
}

const entryOf = (depth: number): Arbitrary<{ key: string; delta: Msg }> =>
  fc
    .constantFrom(...keysAt(depth))
    .chain((key) => deltaOf(kindOfName(key), depth - 1).map((delta) => ({ key, delta })));

export function mapParts(depth: number): Arbitrary<MapParts> {
  return fc.record({
    cleared: fc.boolean(),
    removed: fc.array(fc.constantFrom(...MAP_KEYS), { maxLength: 3 }),
    updated: fc.array(entryOf(depth), { maxLength: 3 }),
    added: fc.array(entryOf(depth), { maxLength: 3 }),
  });
}

export function ormapDelta({ cleared, removed, updated, added }: MapParts): Msg {
  const entries = (list: { key: string; delta: Msg }[]): Msg[] =>
    list.map(({ key, delta }) => ({ key: pstr(key), delta }));

  return {
    ormap: {
      ...flagEntry('cleared', cleared),
      ...anys('removed', removed),
      ...(updated.length > 0 && { updated: entries(updated) }),
      ...(added.length > 0 && { added: entries(added) }),
    },
  };
}

/** A value a replica could hold between commands: empty, then some replicated deltas. */
export function valueOf(kind: CrdtKind, depth = 1): Arbitrary<Crdt> {
  return fc
    .array(deltaOf(kind, depth), { maxLength: 4 })
    .map((deltas) =>
      deltas.reduce((crdt, delta) => crdt.applyDelta(delta), emptyCrdt(kind)).resetDelta(),
    );
}

/** One local operation on a `kind` value, as a TCK model Update. */
export function updateOf(kind: CrdtKind, depth = 1): Arbitrary<Msg> {
  switch (kind) {
    case 'GCounter':
      return uint64.map((n) => ({ gcounter: int64Entry('increment', n) }));
    case 'PNCounter':
      return int64.map((n) => ({ pncounter: int64Entry('change', n) }));
    case 'GSet':
      return element.map((x) => ({ gset: { add: x } }));
    case 'ORSet':
      return fc.oneof(
        element.map((x) => ({ orset: { add: x } })),
        element.map((x) => ({ orset: { remove: x } })),
        fc.constant({ orset: { clear: true } }),
      );
    case 'LWWRegister':
      return fc
        .record({ value: element, clockType: fc.constantFrom(...CLOCKS), custom: int64 })
        .map(({ value, clockType, custom }) => ({
          lwwregister: { value, clock: { clockType, ...int64Entry('customClockValue', custom) } },
        }));
    case 'Flag':
      return fc.constant({ flag: {} });
    case 'Vote':
      return fc.boolean().map((b) => ({ vote: flagEntry('self_vote', b) }));
    case 'ORMap':
      return ormapUpdate(depth);
  }
}

function ormapUpdate(depth: number): Arbitrary<Msg> {
  const key = fc.constantFrom(...keysAt(depth));
  const nested = key.chain((k) =>
    updateOf(kindOfName(k), depth - 1).map((update) => ({ ormap: { update: { key: k, update } } })),
  );

  return fc.oneof(
    key.map((k) => ({ ormap: { add: k } })),
    key.map((k) => ({ ormap: { remove: k } })),
    fc.constant({ ormap: { clear: true } }),
    nested,
    nested,
  );
}

/** A kind together with something of that kind. */
export function perKind<T>(make: (kind: CrdtKind) => Arbitrary<T>): Arbitrary<[CrdtKind, T]> {
  return fc
    .constantFrom(...CRDT_KINDS)
    .chain((kind) => make(kind).map((t): [CrdtKind, T] => [kind, t]));
}
