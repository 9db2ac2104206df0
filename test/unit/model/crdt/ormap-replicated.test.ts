import { C, chg, mrem, mupd, open, update, updates, δ } from './crdt-inputs';
import {
  Dfl,
  Dgc,
  Dgs,
  Dlw,
  Dom,
  Dos,
  Dpn,
  fl,
  gc,
  gs,
  lw,
  om,
  os,
  pn,
  RS,
  Δ,
} from './crdt-expectations';

describe('ORMap with replicated deltas (spec §4.8)', () => {
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
});
