import { C, del, gadd, open, update, updates, δ } from './crdt-inputs';
import { Dgs, gs, RS, Δ, Δdel } from './crdt-expectations';

describe('GSet (spec §4.8)', () => {
  test('initial empty state', () => {
    expect(open('GSet-1').send(C('GSet-1', 1))).toEqual([RS(1, gs())]);
  });

  test('state changes', () => {
    const id = 'GSet-2';

    expect(
      open(id).send(
        C(id, 1, ...updates(gadd('a'), gadd('b'))),
        C(id, 2, ...updates(gadd('b'), gadd('c'))),
        C(id, 3, ...updates(gadd('c'), gadd('a'))),
      ),
    ).toEqual([
      RS(1, gs('a', 'b'), Δ(Dgs('a', 'b'))),
      RS(2, gs('a', 'b', 'c'), Δ(Dgs('c'))),
      RS(3, gs('a', 'b', 'c')),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'GSet-3';
    const stream = open(id, Dgs('a', 'b', 'c'));

    expect(stream.send(C(id, 1, ...updates(gadd('c'), gadd('d'), gadd('e'))))).toEqual([
      RS(1, gs('a', 'b', 'c', 'd', 'e'), Δ(Dgs('d', 'e'))),
    ]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'GSet-4';

    expect(
      open(id).send(
        C(id, 1, update(gadd('a'))),
        δ(Dgs('a')),
        δ(Dgs('b')),
        δ(Dgs('c')),
        C(id, 2),
        C(id, 3, ...updates(gadd('c'), gadd('d'), gadd('e'))),
        δ(Dgs('f')),
        C(id, 4, ...updates(gadd('g'), gadd('d'), gadd('b'))),
      ),
    ).toEqual([
      RS(1, gs('a'), Δ(Dgs('a'))),
      RS(2, gs('a', 'b', 'c')),
      RS(3, gs('a', 'b', 'c', 'd', 'e'), Δ(Dgs('d', 'e'))),
      RS(4, gs('a', 'b', 'c', 'd', 'e', 'f', 'g'), Δ(Dgs('g'))),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'GSet-5';

    expect(open(id).send(C(id, 1, update(gadd('x'))), C(id, 2, del))).toEqual([
      RS(1, gs('x'), Δ(Dgs('x'))),
      RS(2, gs('x'), Δdel),
    ]);
  });
});
