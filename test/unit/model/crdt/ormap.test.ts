import {
  C,
  chg,
  del,
  enable,
  inc,
  madd,
  mclear,
  mrem,
  mupd,
  oadd,
  open,
  orem,
  set,
  update,
  updates,
} from './crdt-inputs';
import {
  Dfl,
  Dgc,
  Dlw,
  Dom,
  Dos,
  Dpn,
  fl,
  gc,
  lw,
  om,
  os,
  pn,
  RS,
  Δ,
  Δdel,
} from './crdt-expectations';

describe('ORMap (spec §4.8)', () => {
  test('initial empty state', () => {
    expect(open('ORMap-1').send(C('ORMap-1', 1))).toEqual([RS(1, om([]))]);
  });

  test('state changes', () => {
    const id = 'ORMap-2';
    const stream = open(id);

    expect(stream.send(C(id, 1, ...updates(madd('PNCounter-1'), madd('ORSet-1'))))).toEqual([
      RS(
        1,
        om([
          ['ORSet-1', os()],
          ['PNCounter-1', pn(0)],
        ]),
        Δ(
          Dom({
            added: [
              ['ORSet-1', Dos({})],
              ['PNCounter-1', Dpn(0)],
            ],
          }),
        ),
      ),
    ]);

    expect(
      stream.send(C(id, 2, ...updates(madd('ORSet-1'), mupd('LWWRegister-1', set('zero'))))),
    ).toEqual([
      RS(
        2,
        om([
          ['LWWRegister-1', lw('zero')],
          ['ORSet-1', os()],
          ['PNCounter-1', pn(0)],
        ]),
        Δ(Dom({ added: [['LWWRegister-1', Dlw('zero')]] })),
      ),
    ]);

    expect(
      stream.send(
        C(id, 3, ...updates(mupd('PNCounter-1', chg(42)), mupd('LWWRegister-1', set('one')))),
      ),
    ).toEqual([
      RS(
        3,
        om([
          ['LWWRegister-1', lw('one')],
          ['ORSet-1', os()],
          ['PNCounter-1', pn(42)],
        ]),
        Δ(
          Dom({
            updated: [
              ['LWWRegister-1', Dlw('one')],
              ['PNCounter-1', Dpn(42)],
            ],
          }),
        ),
      ),
    ]);

    const addAbc = ['a', 'b', 'c'].map((x) => mupd('ORSet-1', oadd(x)));

    expect(stream.send(C(id, 4, ...updates(...addAbc)))).toEqual([
      RS(
        4,
        om([
          ['LWWRegister-1', lw('one')],
          ['ORSet-1', os('a', 'b', 'c')],
          ['PNCounter-1', pn(42)],
        ]),
        Δ(Dom({ updated: [['ORSet-1', Dos({ added: ['a', 'b', 'c'] })]] })),
      ),
    ]);

    const c5 = updates(
      mupd('ORSet-1', orem('b')),
      mupd('ORSet-1', oadd('d')),
      mupd('PNCounter-1', chg(-123)),
      mupd('LWWRegister-1', set('two')),
    );

    expect(stream.send(C(id, 5, ...c5))).toEqual([
      RS(
        5,
        om([
          ['LWWRegister-1', lw('two')],
          ['ORSet-1', os('a', 'c', 'd')],
          ['PNCounter-1', pn(-81)],
        ]),
        Δ(
          Dom({
            updated: [
              ['LWWRegister-1', Dlw('two')],
              ['ORSet-1', Dos({ removed: ['b'], added: ['d'] })],
              ['PNCounter-1', Dpn(-123)],
            ],
          }),
        ),
      ),
    ]);

    expect(stream.send(C(id, 6, update(mrem('ORSet-1'))))).toEqual([
      RS(
        6,
        om([
          ['LWWRegister-1', lw('two')],
          ['PNCounter-1', pn(-81)],
        ]),
        Δ(Dom({ removed: ['ORSet-1'] })),
      ),
    ]);

    expect(
      stream.send(C(id, 7, ...updates(mrem('LWWRegister-1'), mupd('Flag-1', enable)))),
    ).toEqual([
      RS(
        7,
        om([
          ['Flag-1', fl(true)],
          ['PNCounter-1', pn(-81)],
        ]),
        Δ(Dom({ removed: ['LWWRegister-1'], added: [['Flag-1', Dfl(true)]] })),
      ),
    ]);

    expect(stream.send(C(id, 8, update(mclear)))).toEqual([
      RS(8, om([]), Δ(Dom({ cleared: true }))),
    ]);

    const c9 = updates(madd('PNCounter-2'), mclear, mupd('GCounter-1', inc(123)));

    expect(stream.send(C(id, 9, ...c9))).toEqual([
      RS(
        9,
        om([['GCounter-1', gc(123)]]),
        Δ(Dom({ cleared: true, added: [['GCounter-1', Dgc(123)]] })),
      ),
    ]);
  });

  test('delete action received from entity', () => {
    const id = 'ORMap-7';

    expect(
      open(id).send(
        C(id, 1, update(madd('Flag-1'))),
        C(id, 2, update(mupd('Flag-1', enable)), del),
      ),
    ).toEqual([
      RS(1, om([['Flag-1', fl(false)]]), Δ(Dom({ added: [['Flag-1', Dfl(false)]] }))),
      RS(2, om([['Flag-1', fl(true)]]), Δdel),
    ]);
  });

  test('a key removed and created again in one command is both removed and added', () => {
    const id = 'ORMap-8';
    const stream = open(id, Dom({ added: [['GCounter-1', Dgc(5)]] }));

    expect(stream.send(C(id, 1, ...updates(mrem('GCounter-1'), madd('GCounter-1'))))).toEqual([
      RS(
        1,
        om([['GCounter-1', gc(0)]]),
        Δ(Dom({ removed: ['GCounter-1'], added: [['GCounter-1', Dgc(0)]] })),
      ),
    ]);
  });

  test('a key created and removed in one command leaves no delta', () => {
    const id = 'ORMap-9';

    expect(open(id).send(C(id, 1, ...updates(madd('Vote-1'), mrem('Vote-1'))))).toEqual([
      RS(1, om([])),
    ]);
  });
});
