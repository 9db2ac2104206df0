import fc from 'fast-check';
import type { Crdt, CrdtKind } from '../../../../model/crdt/crdt';
import { emptyCrdt } from '../../../../model/crdt/factory';
import type { Msg } from '../../../../model/message';
import { listField, messageField } from '../../../../model/message';
import { deltaOf, mapParts, ormapDelta, orsetDelta, setParts, valueOf } from './crdt-arbitraries';

// Laws of the replicated side: how replicas fold the proxy's deltas (operation-based view) and
// how whole values merge when one is sent to another as a delta, as init does (state-based view).

const merge = (a: Crdt, b: Crdt): Crdt => a.applyDelta(b.fullDelta());
const apply = (crdt: Crdt, ...deltas: Msg[]): Crdt =>
  deltas.reduce((value, delta) => value.applyDelta(delta), crdt);

const same = (a: Crdt, b: Crdt): void => expect(a.state()).toEqual(b.state());
const emptyOf = (kind: CrdtKind): Crdt => emptyCrdt(kind).resetDelta();

const values = (kind: CrdtKind, n: number) =>
  fc.tuple(...Array.from({ length: n }, () => valueOf(kind)));

describe('state-based merge (a value sent whole as a delta)', () => {
  const semilattices: CrdtKind[] = ['GSet', 'ORSet', 'Flag'];
  const counters: CrdtKind[] = ['GCounter', 'PNCounter'];
  const overwrites: CrdtKind[] = ['LWWRegister', 'Vote', 'ORMap'];

  test.each([...semilattices, ...counters])('%s merges commutatively', (kind) => {
    fc.assert(fc.property(values(kind, 2), ([a, b]) => same(merge(a, b), merge(b, a))));
  });

  test.each([...semilattices, ...counters, ...overwrites])('%s merges associatively', (kind) => {
    fc.assert(
      fc.property(values(kind, 3), ([a, b, c]) =>
        same(merge(merge(a, b), c), merge(a, merge(b, c))),
      ),
    );
  });

  test.each([...semilattices, ...overwrites])('%s merges idempotently', (kind) => {
    fc.assert(fc.property(valueOf(kind), (a) => same(merge(a, a), a)));
  });

  test.each(overwrites)('%s: the value merged in wins on what it holds', (kind) => {
    fc.assert(fc.property(values(kind, 2), ([a, b]) => same(merge(merge(a, b), b), merge(a, b))));
  });

  test.each([...semilattices, ...counters, ...overwrites])(
    '%s: merging into the empty value gives the value back',
    (kind) => {
      fc.assert(fc.property(valueOf(kind), (a) => same(merge(emptyOf(kind), a), a)));
    },
  );
});

describe('replicated deltas (operation-based)', () => {
  test.each<CrdtKind>(['GCounter', 'PNCounter', 'GSet', 'Flag'])('%s deltas commute', (kind) => {
    fc.assert(
      fc.property(valueOf(kind), deltaOf(kind), deltaOf(kind), (v, d1, d2) =>
        same(apply(v, d1, d2), apply(v, d2, d1)),
      ),
    );
  });

  test.each<CrdtKind>(['GSet', 'ORSet', 'LWWRegister', 'Flag', 'Vote'])(
    '%s deltas are idempotent',
    (kind) => {
      fc.assert(
        fc.property(valueOf(kind), deltaOf(kind), (v, d) => same(apply(v, d, d), apply(v, d))),
      );
    },
  );

  test.each<CrdtKind>(['LWWRegister', 'Vote'])('%s: the last delta wins', (kind) => {
    fc.assert(
      fc.property(valueOf(kind), deltaOf(kind), deltaOf(kind), (v, d1, d2) =>
        same(apply(v, d1, d2), apply(v, d2)),
      ),
    );
  });

  test('ORSet: deltas without clear or removals commute', () => {
    const addOnly = setParts.map((p) => orsetDelta({ ...p, cleared: false, removed: [] }));

    fc.assert(
      fc.property(valueOf('ORSet'), addOnly, addOnly, (v, d1, d2) =>
        same(apply(v, d1, d2), apply(v, d2, d1)),
      ),
    );
  });

  test('ORSet: a clear forgets everything before it', () => {
    const cleared = setParts.map((p) => orsetDelta({ ...p, cleared: true }));

    fc.assert(
      fc.property(valueOf('ORSet'), cleared, (v, d) =>
        same(apply(v, d), apply(emptyOf('ORSet'), d)),
      ),
    );
  });

  test('ORSet: removals come before additions, so an element in both ends up present', () => {
    fc.assert(
      fc.property(valueOf('ORSet'), setParts, (v, p) => {
        const d = orsetDelta({ ...p, removed: [...p.removed, ...p.added] });
        const elements = listField(messageField(apply(v, d).state(), 'orset'), 'elements');

        expect(elements).toEqual(expect.arrayContaining(p.added));
      }),
    );
  });

  test('ORMap: a clear forgets everything before it', () => {
    const cleared = mapParts(1).map((p) => ormapDelta({ ...p, cleared: true }));

    fc.assert(
      fc.property(valueOf('ORMap'), cleared, (v, d) =>
        same(apply(v, d), apply(emptyOf('ORMap'), d)),
      ),
    );
  });

  test('ORMap: deltas on different keys commute', () => {
    const onKeys = (suffix: string) =>
      mapParts(1).map((p) => {
        const mine = ({ key }: { key: string }): boolean => key.endsWith(suffix);

        return ormapDelta({
          cleared: false,
          removed: p.removed.filter((key) => key.endsWith(suffix)),
          updated: p.updated.filter(mine),
          added: p.added.filter(mine),
        });
      });

    fc.assert(
      fc.property(valueOf('ORMap'), onKeys('-1'), onKeys('-2'), (v, d1, d2) =>
        same(apply(v, d1, d2), apply(v, d2, d1)),
      ),
    );
  });

  test('ORMap: deltas that only clear, add and remove keys are idempotent', () => {
    const noUpdates = mapParts(1).map((p) => ormapDelta({ ...p, updated: [] }));

    fc.assert(
      fc.property(valueOf('ORMap'), noUpdates, (v, d) => same(apply(v, d, d), apply(v, d))),
    );
  });
});
