import {
  C,
  chg,
  del,
  Dfl,
  Dgc,
  Dgs,
  Dlw,
  Dom,
  Dos,
  Dpn,
  enable,
  fl,
  gc,
  gs,
  inc,
  lw,
  madd,
  mclear,
  mrem,
  mupd,
  oadd,
  om,
  open,
  orem,
  os,
  pn,
  RS,
  set,
  gadd,
  update,
  updates,
  Δ,
  Δdel,
  δ,
} from './crdt-fixtures';

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

  test('initial delta in init', () => {
    const id = 'ORMap-3';
    const init = Dom({
      added: [
        ['PNCounter-1', Dpn(123)],
        ['LWWRegister-1', Dlw('one')],
        ['GSet-1', Dgs('a', 'b', 'c')],
      ],
    });
    const c2 = updates(mrem('LWWRegister-1'), mupd('PNCounter-1', chg(-42)));

    expect(open(id, init).send(C(id, 1), C(id, 2, ...c2))).toEqual([
      RS(
        1,
        om([
          ['GSet-1', gs('a', 'b', 'c')],
          ['LWWRegister-1', lw('one')],
          ['PNCounter-1', pn(123)],
        ]),
      ),
      RS(
        2,
        om([
          ['GSet-1', gs('a', 'b', 'c')],
          ['PNCounter-1', pn(81)],
        ]),
        Δ(Dom({ removed: ['LWWRegister-1'], updated: [['PNCounter-1', Dpn(-42)]] })),
      ),
    ]);
  });

  test('initial empty state with replicated initial delta', () => {
    const id = 'ORMap-4';
    const delta = Dom({
      added: [
        ['GCounter-1', Dgc(42)],
        ['ORSet-1', Dos({ added: ['a', 'b', 'c'] })],
        ['Flag-1', Dfl(false)],
      ],
    });

    expect(open(id).send(δ(delta), C(id, 1))).toEqual([
      RS(
        1,
        om([
          ['Flag-1', fl(false)],
          ['GCounter-1', gc(42)],
          ['ORSet-1', os('a', 'b', 'c')],
        ]),
      ),
    ]);
  });

  test('mix of local and replicated state changes', () => {
    const id = 'ORMap-5';
    const stream = open(id);

    expect(stream.send(C(id, 1, update(madd('PNCounter-1'))))).toEqual([
      RS(1, om([['PNCounter-1', pn(0)]]), Δ(Dom({ added: [['PNCounter-1', Dpn(0)]] }))),
    ]);

    const replicated = [
      δ(Dom({ added: [['ORSet-1', Dos({ added: ['x'] })]] })),
      δ(
        Dom({
          added: [['LWWRegister-1', Dlw('one')]],
          updated: [['ORSet-1', Dos({ added: ['y', 'z'] })]],
        }),
      ),
    ];
    const c2 = C(id, 2, ...updates(madd('ORSet-2'), mupd('LWWRegister-2', set('two'))));

    expect(stream.send(...replicated, c2)).toEqual([
      RS(
        2,
        om([
          ['LWWRegister-1', lw('one')],
          ['LWWRegister-2', lw('two')],
          ['ORSet-1', os('x', 'y', 'z')],
          ['ORSet-2', os()],
          ['PNCounter-1', pn(0)],
        ]),
        Δ(
          Dom({
            added: [
              ['LWWRegister-2', Dlw('two')],
              ['ORSet-2', Dos({})],
            ],
          }),
        ),
      ),
    ]);

    const c3 = updates(mupd('PNCounter-1', chg(42)), mupd('LWWRegister-1', set('ONE')));

    expect(stream.send(C(id, 3, ...c3))).toEqual([
      RS(
        3,
        om([
          ['LWWRegister-1', lw('ONE')],
          ['LWWRegister-2', lw('two')],
          ['ORSet-1', os('x', 'y', 'z')],
          ['ORSet-2', os()],
          ['PNCounter-1', pn(42)],
        ]),
        Δ(
          Dom({
            updated: [
              ['LWWRegister-1', Dlw('ONE')],
              ['PNCounter-1', Dpn(42)],
            ],
          }),
        ),
      ),
    ]);

    const nested = [
      δ(
        Dom({
          removed: ['LWWRegister-2'],
          added: [['ORMap-1', Dom({ added: [['PNCounter-1', Dpn(123)]] })]],
        }),
      ),
      δ(
        Dom({
          removed: ['ORSet-1'],
          updated: [
            ['ORSet-2', Dos({ added: ['a', 'b', 'c'] })],
            ['ORMap-1', Dom({ added: [['LWWRegister-1', Dlw('ABC')]] })],
          ],
        }),
      ),
    ];
    const c4 = C(id, 4, update(mupd('ORMap-1', mupd('PNCounter-1', chg(-456)))));

    expect(stream.send(...nested, c4)).toEqual([
      RS(
        4,
        om([
          ['LWWRegister-1', lw('ONE')],
          [
            'ORMap-1',
            om([
              ['LWWRegister-1', lw('ABC')],
              ['PNCounter-1', pn(-333)],
            ]),
          ],
          ['ORSet-2', os('a', 'b', 'c')],
          ['PNCounter-1', pn(42)],
        ]),
        Δ(Dom({ updated: [['ORMap-1', Dom({ updated: [['PNCounter-1', Dpn(-456)]] })]] })),
      ),
    ]);

    const c5 = updates(
      mrem('PNCounter-1'),
      mrem('LWWRegister-1'),
      ...['2', '4', '6'].map((x) => mupd('GSet-1', gadd(x))),
    );

    expect(
      stream.send(
        δ(Dom({ cleared: true, added: [['GSet-1', Dgs('1', '2', '3')]] })),
        C(id, 5, ...c5),
      ),
    ).toEqual([
      RS(
        5,
        om([['GSet-1', gs('1', '2', '3', '4', '6')]]),
        Δ(Dom({ updated: [['GSet-1', Dgs('4', '6')]] })),
      ),
    ]);

    expect(stream.send(C(id, 6, ...updates(mclear, madd('GCounter-1'))))).toEqual([
      RS(
        6,
        om([['GCounter-1', gc(0)]]),
        Δ(Dom({ cleared: true, added: [['GCounter-1', Dgc(0)]] })),
      ),
    ]);

    expect(
      stream.send(
        δ(Dom({ removed: ['GSet-1'], added: [['GCounter-1', Dgc(42)]] })),
        C(id, 7, update(mupd('GCounter-1', inc(7)))),
      ),
    ).toEqual([RS(7, om([['GCounter-1', gc(49)]]), Δ(Dom({ updated: [['GCounter-1', Dgc(7)]] })))]);
  });

  test('rehydration after passivation', () => {
    const id = 'ORMap-6';
    const first = open(id);

    expect(
      first.send(
        δ(Dom({ added: [['PNCounter-1', Dpn(123)]] })),
        C(id, 1, update(mupd('PNCounter-1', chg(321)))),
      ),
    ).toEqual([
      RS(1, om([['PNCounter-1', pn(444)]]), Δ(Dom({ updated: [['PNCounter-1', Dpn(321)]] }))),
    ]);

    const second = open(id, Dom({ added: [['PNCounter-1', Dpn(444)]] }));

    expect(
      second.send(
        C(id, 1),
        δ(Dom({ updated: [['PNCounter-1', Dpn(-42)]] })),
        C(id, 2, update(mupd('PNCounter-1', chg(-360)))),
      ),
    ).toEqual([
      RS(1, om([['PNCounter-1', pn(444)]])),
      RS(2, om([['PNCounter-1', pn(42)]]), Δ(Dom({ updated: [['PNCounter-1', Dpn(-360)]] }))),
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
