import {
  C,
  chg,
  effect,
  fail,
  forward,
  gadd,
  inc,
  madd,
  mupd,
  open,
  set,
  update,
} from './crdt-inputs';
import {
  Dfl,
  Dgc,
  Dgs,
  Dlw,
  Dom,
  Dpn,
  e,
  failure,
  fl,
  fwd,
  gc,
  gs,
  om,
  os,
  pn,
  R,
  RS,
  s,
  S,
  Δ,
} from './crdt-expectations';

describe('forwards and side effects (spec §4.8)', () => {
  test('forward to second service', () => {
    const id = 'GCounter-f1';

    expect(open(id).send(C(id, 1, update(inc(42))), C(id, 2, forward('X-1')), C(id, 3))).toEqual([
      RS(1, gc(42), Δ(Dgc(42))),
      R(2, { action: fwd('X-1') }),
      RS(3, gc(42)),
    ]);
  });

  test('forward with state changes', () => {
    const id = 'PNCounter-f2';

    expect(open(id).send(C(id, 1, update(chg(-42)), forward('X-2')))).toEqual([
      R(1, { action: fwd('X-2'), stateAction: Δ(Dpn(-42)) }),
    ]);
  });

  test('reply with side effect to second service', () => {
    const id = 'GSet-f3';

    expect(open(id).send(C(id, 1, update(gadd('one'))), C(id, 2, effect('X-3')), C(id, 3))).toEqual(
      [
        RS(1, gs('one'), Δ(Dgs('one'))),
        R(2, { action: S(gs('one')), effects: [e('X-3')] }),
        RS(3, gs('one')),
      ],
    );
  });

  test('synchronous side effect to second service', () => {
    const id = 'ORSet-f4';

    expect(open(id).send(C(id, 1, effect('X-4', true)))).toEqual([
      R(1, { action: S(os()), effects: [s('X-4')] }),
    ]);
  });

  test('forward and side effect carry the LWWRegister creation delta', () => {
    const id = 'LWWRegister-f5';

    expect(open(id).send(C(id, 1, effect('B-5'), forward('A-5')))).toEqual([
      R(1, { action: fwd('A-5'), effects: [e('B-5')], stateAction: Δ(Dlw('')) }),
    ]);
  });

  test('reply with multiple side effects', () => {
    const id = 'Flag-f6';

    expect(open(id).send(C(id, 1, effect('1'), effect('2'), effect('3')))).toEqual([
      R(1, { action: S(fl(false)), effects: [e('1'), e('2'), e('3')] }),
    ]);
  });

  test('reply with multiple side effects and state changes', () => {
    const id = 'ORMap-f7';
    const actions = [
      update(madd('PNCounter-1')),
      ...['a', 'b', 'c'].map((x) => update(mupd('GSet-1', gadd(x)))),
      effect('1'),
      effect('2'),
      effect('3'),
    ];

    expect(open(id).send(C(id, 1, ...actions))).toEqual([
      R(1, {
        action: S(
          om([
            ['GSet-1', gs('a', 'b', 'c')],
            ['PNCounter-1', pn(0)],
          ]),
        ),
        effects: [e('1'), e('2'), e('3')],
        stateAction: Δ(
          Dom({
            added: [
              ['GSet-1', Dgs('a', 'b', 'c')],
              ['PNCounter-1', Dpn(0)],
            ],
          }),
        ),
      }),
    ]);
  });
});

describe('failures (spec §4.8)', () => {
  test('failure action', () => {
    const id = 'GCounter-x1';

    expect(open(id).send(C(id, 1, fail('expected failure')))).toEqual([
      R(1, { action: failure(1, 'expected failure') }),
    ]);
  });

  test('connection after failure action', () => {
    const id = 'PNCounter-x2';

    expect(
      open(id).send(C(id, 1, update(chg(42))), C(id, 2, fail('expected failure')), C(id, 3)),
    ).toEqual([
      RS(1, pn(42), Δ(Dpn(42))),
      R(2, { action: failure(2, 'expected failure') }),
      RS(3, pn(42)),
    ]);
  });

  test('a failed command drops its changes and effects', () => {
    const id = 'Flag-x3';

    expect(
      open(id).send(C(id, 1, update({ flag: {} }), effect('1'), fail('no')), C(id, 2)),
    ).toEqual([R(1, { action: failure(1, 'no') }), RS(2, fl(false))]);
  });

  test('a failed first command keeps the LWWRegister creation delta for the next reply', () => {
    const id = 'LWWRegister-x4';

    expect(open(id).send(C(id, 1, update(set('a')), fail('no')), C(id, 2))).toEqual([
      R(1, { action: failure(1, 'no') }),
      RS(2, { lwwregister: {} }, Δ(Dlw(''))),
    ]);
  });

  test('a nested update keeps its own write consistency out of the reply', () => {
    const id = 'ORMap-x5';
    const nested = {
      ormap: { update: { key: 'Flag-1', update: { flag: {}, write_consistency: 'ALL' } } },
    };

    expect(open(id).send(C(id, 1, update(nested)))).toEqual([
      RS(1, om([['Flag-1', fl(true)]]), Δ(Dom({ added: [['Flag-1', Dfl(true)]] }))),
    ]);
  });
});
