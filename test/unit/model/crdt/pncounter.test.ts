import { C, chg, open, update, updates, δ } from './crdt-inputs';
import { Dpn, pn, RS, Δ } from './crdt-expectations';

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
