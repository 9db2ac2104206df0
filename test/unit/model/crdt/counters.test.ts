import {
  C,
  chg,
  del,
  Dgc,
  Dpn,
  gc,
  inc,
  open,
  pn,
  proxyDelete,
  RS,
  update,
  updates,
  Δ,
  Δdel,
  δ,
} from './crdt-fixtures';

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

describe('PNCounter (spec §4.8)', () => {
  test('initial empty state', () => {
    const id = 'PNCounter-1';

    expect(open(id).send(C(id, 1))).toEqual([RS(1, pn(0))]);
  });

  test('state changes', () => {
    const id = 'PNCounter-2';

    expect(
      open(id).send(
        C(id, 1, ...updates(chg(1), chg(-2), chg(3))),
        C(id, 2, ...updates(chg(-4), chg(5), chg(-6))),
      ),
    ).toEqual([RS(1, pn(2), Δ(Dpn(2))), RS(2, pn(-3), Δ(Dpn(-5)))]);
  });

  test('initial delta in init', () => {
    const id = 'PNCounter-3';

    expect(open(id, Dpn(42)).send(C(id, 1, update(chg(-123))))).toEqual([
      RS(1, pn(-81), Δ(Dpn(-123))),
    ]);
  });

  test('initial empty state with replicated initial delta', () => {
    const id = 'PNCounter-4';

    expect(open(id).send(δ(Dpn(-42)), C(id, 1, update(chg(123))))).toEqual([
      RS(1, pn(81), Δ(Dpn(123))),
    ]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'PNCounter-5';

    expect(
      open(id).send(
        C(id, 1, update(chg(1))),
        δ(Dpn(-2)),
        δ(Dpn(3)),
        C(id, 2),
        C(id, 3, update(chg(-4))),
        δ(Dpn(5)),
        C(id, 4, update(chg(-6))),
      ),
    ).toEqual([
      RS(1, pn(1), Δ(Dpn(1))),
      RS(2, pn(2)),
      RS(3, pn(-2), Δ(Dpn(-4))),
      RS(4, pn(-3), Δ(Dpn(-6))),
    ]);
  });

  test('rehydration after passivation', () => {
    const id = 'PNCounter-6';

    expect(
      open(id).send(C(id, 1, update(chg(1))), δ(Dpn(-2)), C(id, 2), C(id, 3, update(chg(3)))),
    ).toEqual([RS(1, pn(1), Δ(Dpn(1))), RS(2, pn(-1)), RS(3, pn(2), Δ(Dpn(3)))]);
    expect(open(id, Dpn(2)).send(C(id, 1), δ(Dpn(-4)), C(id, 2, update(chg(5))))).toEqual([
      RS(1, pn(2)),
      RS(2, pn(3), Δ(Dpn(5))),
    ]);
  });

  test('a zero change, written as an absent field, changes nothing', () => {
    const id = 'PNCounter-7';

    expect(open(id).send(C(id, 1, update(chg(0))))).toEqual([RS(1, pn(0))]);
  });

  test('changes that cancel out leave no delta', () => {
    const id = 'PNCounter-8';

    expect(open(id).send(C(id, 1, ...updates(chg(5), chg(-5))))).toEqual([RS(1, pn(0))]);
  });
});
