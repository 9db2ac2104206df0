import { C, del, enable, open, update, vote, δ } from './crdt-inputs';
import { Dfl, Dvt, fl, RS, vt, Δ, Δdel } from './crdt-expectations';

describe('Flag (spec §4.8)', () => {
  test('initial empty state and state changes', () => {
    const id = 'Flag-1';

    expect(open(id).send(C(id, 1), C(id, 2, update(enable)))).toEqual([
      RS(1, fl(false)),
      RS(2, fl(true), Δ(Dfl(true))),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'Flag-2';

    expect(open(id, Dfl(false)).send(C(id, 1))).toEqual([RS(1, fl(false))]);
    expect(open(id, Dfl(true)).send(C(id, 1))).toEqual([RS(1, fl(true))]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'Flag-3';
    const mix = [C(id, 1), C(id, 2, update(enable)), δ(Dfl(true)), δ(Dfl(false)), C(id, 3)];

    expect(open(id).send(δ(Dfl(false)), ...mix)).toEqual([
      RS(1, fl(false)),
      RS(2, fl(true), Δ(Dfl(true))),
      RS(3, fl(true)),
    ]);
    expect(open(id).send(δ(Dfl(true)), ...mix)).toEqual([
      RS(1, fl(true)),
      RS(2, fl(true)),
      RS(3, fl(true)),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'Flag-4';

    expect(open(id).send(C(id, 1, update(enable)), C(id, 2, del))).toEqual([
      RS(1, fl(true), Δ(Dfl(true))),
      RS(2, fl(true), Δdel),
    ]);
  });
});

describe('Vote (spec §4.8)', () => {
  test('initial empty state', () => {
    expect(open('Vote-1').send(C('Vote-1', 1))).toEqual([RS(1, vt(false, 0, 1))]);
  });

  test('state changes', () => {
    const id = 'Vote-2';

    expect(
      open(id).send(
        C(id, 1, update(vote(true))),
        C(id, 2, update(vote(true))),
        C(id, 3, update(vote(false))),
        C(id, 4, update(vote(false))),
      ),
    ).toEqual([
      RS(1, vt(true, 1, 1), Δ(Dvt(true))),
      RS(2, vt(true, 1, 1)),
      RS(3, vt(false, 0, 1), Δ(Dvt(false))),
      RS(4, vt(false, 0, 1)),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'Vote-3';

    expect(open(id, Dvt(true, 2, 3)).send(C(id, 1), C(id, 2, update(vote(false))))).toEqual([
      RS(1, vt(true, 2, 3)),
      RS(2, vt(false, 1, 3), Δ(Dvt(false))),
    ]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'Vote-4';

    expect(
      open(id).send(
        δ(Dvt(false, 2, 4)),
        C(id, 1),
        C(id, 2, update(vote(true))),
        δ(Dvt(true, 5, 7)),
        δ(Dvt(true, 4, 6)),
        C(id, 3, update(vote(false))),
      ),
    ).toEqual([
      RS(1, vt(false, 2, 4)),
      RS(2, vt(true, 3, 4), Δ(Dvt(true))),
      RS(3, vt(false, 3, 6), Δ(Dvt(false))),
    ]);
  });

  test('voting and voting back in one command leaves no delta', () => {
    const id = 'Vote-5';

    expect(open(id).send(C(id, 1, update(vote(true)), update(vote(false))))).toEqual([
      RS(1, vt(false, 0, 1)),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'Vote-6';

    expect(open(id).send(C(id, 1, update(vote(true))), C(id, 2, del))).toEqual([
      RS(1, vt(true, 1, 1), Δ(Dvt(true))),
      RS(2, vt(true, 1, 1), Δdel),
    ]);
  });
});
