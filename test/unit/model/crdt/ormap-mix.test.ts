import {
  C,
  chg,
  gadd,
  inc,
  madd,
  mclear,
  mrem,
  mupd,
  open,
  set,
  update,
  updates,
  δ,
} from './crdt-inputs';
import { Dgc, Dgs, Dlw, Dom, Dos, Dpn, gc, gs, lw, om, os, pn, RS, Δ } from './crdt-expectations';

describe('ORMap mix of local and replicated changes (spec §4.8)', () => {
  test('the whole sequence', () => {
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

    const d7 = δ(Dom({ removed: ['GSet-1'], added: [['GCounter-1', Dgc(42)]] }));
    const c7 = C(id, 7, update(mupd('GCounter-1', inc(7))));
    const updated = Δ(Dom({ updated: [['GCounter-1', Dgc(7)]] }));

    expect(stream.send(d7, c7)).toEqual([RS(7, om([['GCounter-1', gc(49)]]), updated)]);
  });
});
