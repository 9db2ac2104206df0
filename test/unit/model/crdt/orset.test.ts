import { C, oadd, oclear, open, orem, update, updates, δ } from './crdt-inputs';
import { Dos, os, RS, Δ } from './crdt-expectations';

describe('ORSet (spec §4.8)', () => {
  test('initial empty state', () => {
    expect(open('ORSet-1').send(C('ORSet-1', 1))).toEqual([RS(1, os())]);
  });

  test('state changes', () => {
    const id = 'ORSet-2';

    expect(
      open(id).send(
        C(id, 1, ...updates(oadd('a'), oadd('b'))),
        C(id, 2, ...updates(oadd('b'), oadd('c'))),
        C(id, 3, ...updates(oadd('c'), oadd('a'))),
        C(id, 4, ...updates(orem('b'), orem('d'))),
        C(id, 5, ...updates(orem('c'), orem('d'), oadd('b'), oadd('c'))),
        C(id, 6, update(oclear)),
        C(id, 7, ...updates(oadd('a'), oclear, oadd('x'))),
      ),
    ).toEqual([
      RS(1, os('a', 'b'), Δ(Dos({ added: ['a', 'b'] }))),
      RS(2, os('a', 'b', 'c'), Δ(Dos({ added: ['c'] }))),
      RS(3, os('a', 'b', 'c')),
      RS(4, os('a', 'c'), Δ(Dos({ removed: ['b'] }))),
      RS(5, os('a', 'b', 'c'), Δ(Dos({ added: ['b'] }))),
      RS(6, os(), Δ(Dos({ cleared: true }))),
      RS(7, os('x'), Δ(Dos({ cleared: true, added: ['x'] }))),
    ]);
  });

  test('initial delta in init', () => {
    const id = 'ORSet-3';
    const stream = open(id, Dos({ added: ['a', 'b', 'c'] }));

    expect(stream.send(C(id, 1, ...updates(orem('c'), oadd('d'))))).toEqual([
      RS(1, os('a', 'b', 'd'), Δ(Dos({ removed: ['c'], added: ['d'] }))),
    ]);
  });

  test('initial empty state with replicated initial delta', () => {
    const id = 'ORSet-4';

    expect(
      open(id).send(δ(Dos({ added: ['x', 'y'] })), C(id, 1, ...updates(orem('x'), oadd('z')))),
    ).toEqual([RS(1, os('y', 'z'), Δ(Dos({ removed: ['x'], added: ['z'] })))]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'ORSet-5';

    expect(
      open(id).send(
        C(id, 1, update(oadd('a'))),
        δ(Dos({ added: ['a', 'b'] })),
        δ(Dos({ added: ['c', 'd'] })),
        δ(Dos({ removed: ['b', 'd'] })),
        C(id, 2),
        C(id, 3, ...updates(oadd('c'), oadd('d'), oadd('e'))),
        δ(Dos({ removed: ['a', 'c'], added: ['f'] })),
        C(id, 4, ...updates(oadd('g'), orem('a'), orem('d'))),
        δ(Dos({ cleared: true, added: ['x', 'y', 'z'] })),
        C(id, 5, ...updates(oadd('q'), oadd('x'), orem('z'))),
        δ(Dos({ removed: ['x', 'y'], added: ['r', 'p'] })),
        C(id, 6, update(oadd('s'))),
        δ(Dos({ added: ['a', 'b', 'c'] })),
        C(id, 7, ...updates(oclear, oadd('abc'))),
      ),
    ).toEqual([
      RS(1, os('a'), Δ(Dos({ added: ['a'] }))),
      RS(2, os('a', 'c')),
      RS(3, os('a', 'c', 'd', 'e'), Δ(Dos({ added: ['d', 'e'] }))),
      RS(4, os('e', 'f', 'g'), Δ(Dos({ removed: ['d'], added: ['g'] }))),
      RS(5, os('q', 'x', 'y'), Δ(Dos({ removed: ['z'], added: ['q'] }))),
      RS(6, os('p', 'q', 'r', 's'), Δ(Dos({ added: ['s'] }))),
      RS(7, os('abc'), Δ(Dos({ cleared: true, added: ['abc'] }))),
    ]);
  });

  test('rehydration after passivation', () => {
    const id = 'ORSet-6';

    expect(
      open(id).send(
        C(id, 1, update(oadd('a'))),
        δ(Dos({ removed: ['a'], added: ['b'] })),
        C(id, 2),
        C(id, 3, update(oadd('c'))),
      ),
    ).toEqual([
      RS(1, os('a'), Δ(Dos({ added: ['a'] }))),
      RS(2, os('b')),
      RS(3, os('b', 'c'), Δ(Dos({ added: ['c'] }))),
    ]);
    expect(
      open(id, Dos({ added: ['b', 'c'] })).send(
        C(id, 1),
        δ(Dos({ cleared: true, added: ['p', 'q'] })),
        C(id, 2, ...updates(oadd('x'), oadd('y'), orem('x'))),
      ),
    ).toEqual([RS(1, os('b', 'c')), RS(2, os('p', 'q', 'y'), Δ(Dos({ added: ['y'] })))]);
  });

  test('removing then re-adding within one command leaves no delta', () => {
    const id = 'ORSet-7';
    const stream = open(id, Dos({ added: ['a'] }));

    expect(stream.send(C(id, 1, ...updates(orem('a'), oadd('a'))))).toEqual([RS(1, os('a'))]);
  });

  test('a clear flag set to false does nothing', () => {
    const id = 'ORSet-8';
    const stream = open(id, Dos({ added: ['a'] }));

    expect(stream.send(C(id, 1, update({ orset: { clear: false } })))).toEqual([RS(1, os('a'))]);
  });
});
