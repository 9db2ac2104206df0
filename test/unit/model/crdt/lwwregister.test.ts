import { C, del, open, set, update, δ } from './crdt-inputs';
import { Dlw, lw, RS, Δ, Δdel } from './crdt-expectations';

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
