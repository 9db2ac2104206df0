import {
  C,
  del,
  Dfl,
  Dlw,
  Dvt,
  enable,
  fl,
  lw,
  open,
  RS,
  set,
  update,
  vote,
  vt,
  Δ,
  Δdel,
  δ,
} from './crdt-fixtures';

describe('LWWRegister (spec §4.8)', () => {
  test('initial empty state carries the creation delta', () => {
    const id = 'LWWRegister-1';

    expect(open(id).send(C(id, 1), C(id, 2))).toEqual([RS(1, lw(''), Δ(Dlw(''))), RS(2, lw(''))]);
  });

  test('state changes', () => {
    const id = 'LWWRegister-2';

    expect(open(id).send(C(id, 1, update(set('one'))), C(id, 2, update(set('two'))))).toEqual([
      RS(1, lw('one'), Δ(Dlw('one'))),
      RS(2, lw('two'), Δ(Dlw('two'))),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'LWWRegister-3';

    expect(open(id, Dlw('one')).send(C(id, 1))).toEqual([RS(1, lw('one'))]);
  });

  test('a replicated delta before the first command cancels the creation delta', () => {
    const id = 'LWWRegister-4';

    expect(open(id).send(δ(Dlw('one')), C(id, 1))).toEqual([RS(1, lw('one'))]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'LWWRegister-5';

    expect(
      open(id).send(
        C(id, 1, update(set('A'))),
        δ(Dlw('B')),
        δ(Dlw('C')),
        C(id, 2),
        C(id, 3, update(set('D'))),
        δ(Dlw('D')),
        C(id, 4, update(set('E'))),
      ),
    ).toEqual([
      RS(1, lw('A'), Δ(Dlw('A'))),
      RS(2, lw('C')),
      RS(3, lw('D'), Δ(Dlw('D'))),
      RS(4, lw('E'), Δ(Dlw('E'))),
    ]);
  });

  test('state changes with clock settings, and a repeated command id', () => {
    const id = 'LWWRegister-6';

    expect(
      open(id).send(
        C(id, 1, update(set('A', 'REVERSE'))),
        C(id, 2, update(set('A', 'CUSTOM', 123))),
        C(id, 2, update(set('A', 'CUSTOM_AUTO_INCREMENT', 456))),
      ),
    ).toEqual([
      RS(1, lw('A'), Δ(Dlw('A', 'REVERSE'))),
      RS(2, lw('A'), Δ(Dlw('A', 'CUSTOM', 123))),
      RS(2, lw('A'), Δ(Dlw('A', 'CUSTOM_AUTO_INCREMENT', 456))),
    ]);
  });

  test('the clock goes back to DEFAULT after each reply', () => {
    const id = 'LWWRegister-7';
    const stream = open(id, Dlw('A'));

    expect(
      stream.send(
        C(id, 1, update(set('A', 'REVERSE'))),
        C(id, 2, update(set('A'))),
        C(id, 3, update(set('A'))),
      ),
    ).toEqual([RS(1, lw('A'), Δ(Dlw('A', 'REVERSE'))), RS(2, lw('A')), RS(3, lw('A'))]);
  });

  test('rehydration after passivation', () => {
    const id = 'LWWRegister-8';

    expect(
      open(id).send(C(id, 1, update(set('A'))), δ(Dlw('B')), C(id, 2), C(id, 3, update(set('C')))),
    ).toEqual([RS(1, lw('A'), Δ(Dlw('A'))), RS(2, lw('B')), RS(3, lw('C'), Δ(Dlw('C')))]);
    expect(open(id, Dlw('C')).send(C(id, 1), δ(Dlw('D')), C(id, 2, update(set('E'))))).toEqual([
      RS(1, lw('C')),
      RS(2, lw('E'), Δ(Dlw('E'))),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'LWWRegister-9';

    expect(open(id).send(C(id, 1, update(set('one'))), C(id, 2, del))).toEqual([
      RS(1, lw('one'), Δ(Dlw('one'))),
      RS(2, lw('one'), Δdel),
    ]);
  });
});

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
