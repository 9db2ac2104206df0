import { C, del, inc, open, proxyDelete, update, updates, δ } from './crdt-inputs';
import { Dgc, gc, RS, Δ, Δdel } from './crdt-expectations';

describe('GCounter (spec §4.8)', () => {
  test('initial empty state', () => {
    const id = 'GCounter-1';

    expect(open(id).send(C(id, 1))).toEqual([RS(1, gc(0))]);
  });

  test('state changes', () => {
    const id = 'GCounter-2';
    const stream = open(id);

    expect(stream.send(C(id, 1, update(inc(42))))).toEqual([RS(1, gc(42), Δ(Dgc(42)))]);
    expect(stream.send(C(id, 2, ...updates(inc(1), inc(2), inc(3))))).toEqual([
      RS(2, gc(48), Δ(Dgc(6))),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'GCounter-3';

    expect(open(id, Dgc(42)).send(C(id, 1, update(inc(123))))).toEqual([
      RS(1, gc(165), Δ(Dgc(123))),
    ]);
  });

  test('initial empty state with replicated initial delta', () => {
    const id = 'GCounter-4';

    expect(open(id).send(δ(Dgc(42)), C(id, 1, update(inc(123))))).toEqual([
      RS(1, gc(165), Δ(Dgc(123))),
    ]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'GCounter-5';
    const stream = open(id);

    expect(
      stream.send(
        C(id, 1, update(inc(1))),
        δ(Dgc(2)),
        δ(Dgc(3)),
        C(id, 2),
        C(id, 3, update(inc(4))),
        δ(Dgc(5)),
        C(id, 4, update(inc(6))),
      ),
    ).toEqual([
      RS(1, gc(1), Δ(Dgc(1))),
      RS(2, gc(6)),
      RS(3, gc(10), Δ(Dgc(4))),
      RS(4, gc(21), Δ(Dgc(6))),
    ]);
  });

  test('rehydration after passivation', () => {
    const id = 'GCounter-6';
    const first = open(id);

    expect(
      first.send(C(id, 1, update(inc(1))), δ(Dgc(2)), C(id, 2), C(id, 3, update(inc(3)))),
    ).toEqual([RS(1, gc(1), Δ(Dgc(1))), RS(2, gc(3)), RS(3, gc(6), Δ(Dgc(3)))]);
    expect(first.end()).toEqual({ messages: [], complete: true });

    const second = open(id, Dgc(6));

    expect(second.send(C(id, 1), δ(Dgc(4)), C(id, 2, update(inc(5))))).toEqual([
      RS(1, gc(6)),
      RS(2, gc(15), Δ(Dgc(5))),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'GCounter-7';

    expect(open(id).send(C(id, 1, update(inc(42))), C(id, 2, del))).toEqual([
      RS(1, gc(42), Δ(Dgc(42))),
      RS(2, gc(42), Δdel),
    ]);
  });

  test('delete action sent to entity', () => {
    const stream = open('GCounter-8');

    expect(stream.send(proxyDelete)).toEqual([]);
    expect(stream.end()).toEqual({ messages: [], complete: true });
  });

  test('write consistency can be configured', () => {
    const id = 'GCounter-9';

    expect(
      open(id).send(
        C(id, 1, update(inc(1), 'LOCAL')),
        C(id, 2, update(inc(2), 'MAJORITY')),
        C(id, 3, update(inc(3), 'ALL')),
      ),
    ).toEqual([
      RS(1, gc(1), Δ(Dgc(1))),
      RS(2, gc(3), Δ(Dgc(2), 'MAJORITY')),
      RS(3, gc(6), Δ(Dgc(3), 'ALL')),
    ]);
  });

  test('a delete keeps the last write consistency set', () => {
    const id = 'GCounter-10';

    expect(open(id).send(C(id, 1, update(inc(1), 'ALL'), del))).toEqual([
      RS(1, gc(1), { delete: {}, write_consistency: 'ALL' }),
    ]);
  });

  test('values beyond 2^53 are written as decimal strings', () => {
    const id = 'GCounter-11';
    const big = { gcounter: { increment: '9007199254740993' } };

    expect(open(id, big).send(C(id, 1))).toEqual([
      RS(1, { gcounter: { value: '9007199254740993' } }),
    ]);
  });
});
