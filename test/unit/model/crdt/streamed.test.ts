import type { Msg } from '../../../../model/message';
import { C, cancel, chg, del, gadd, inc, open, SC, update, vote, δ } from './crdt-inputs';
import {
  cancelled,
  Dgc,
  Dgs,
  Dpn,
  Dvt,
  e,
  gc,
  gs,
  M,
  pn,
  R,
  RS,
  s,
  S,
  vt,
  Δ,
  Δdel,
} from './crdt-expectations';

describe('streamed commands (spec §4.8)', () => {
  test('streamed responses', () => {
    const id = 'GCounter-s1';

    expect(
      open(id).send(
        SC(id, 1),
        C(id, 2, update(inc(1))),
        C(id, 3, update(inc(2))),
        C(id, 4, update(inc(3))),
      ),
    ).toEqual([
      R(1, { action: S(gc(0)), streamed: true }),
      RS(2, gc(1), Δ(Dgc(1))),
      M(1, gc(1)),
      RS(3, gc(3), Δ(Dgc(2))),
      M(1, gc(3)),
      RS(4, gc(6), Δ(Dgc(3))),
      M(1, gc(6)),
    ]);
  });

  test('streamed responses with stream ending action', () => {
    const id = 'GCounter-s2';

    expect(
      open(id).send(
        SC(id, 1, { end_state: gc(3) }),
        C(id, 2, update(inc(1))),
        C(id, 3, update(inc(2))),
        C(id, 4, update(inc(3))),
      ),
    ).toEqual([
      R(1, { action: S(gc(0)), streamed: true }),
      RS(2, gc(1), Δ(Dgc(1))),
      M(1, gc(1)),
      RS(3, gc(3), Δ(Dgc(2))),
      M(1, gc(3), { end: true }),
      RS(4, gc(6), Δ(Dgc(3))),
    ]);
  });

  test('streamed responses with cancellation', () => {
    const id = 'PNCounter-s3';

    expect(
      open(id).send(
        SC(id, 1, { cancel_update: chg(-42) }),
        C(id, 2, update(chg(10))),
        C(id, 3, update(chg(20))),
        cancel(id, 1),
        C(id, 4),
        C(id, 5, update(chg(30))),
      ),
    ).toEqual([
      R(1, { action: S(pn(0)), streamed: true }),
      RS(2, pn(10), Δ(Dpn(10))),
      M(1, pn(10)),
      RS(3, pn(30), Δ(Dpn(20))),
      M(1, pn(30)),
      cancelled(1, Δ(Dpn(-42))),
      RS(4, pn(-12)),
      RS(5, pn(18), Δ(Dpn(30))),
    ]);
  });

  test('empty streamed responses with cancellation', () => {
    const id = 'PNCounter-s4';

    expect(
      open(id).send(
        C(id, 1, update(chg(10))),
        SC(id, 2, { cancel_update: chg(-42), empty: true }),
        cancel(id, 2),
        C(id, 3),
      ),
    ).toEqual([
      RS(1, pn(10), Δ(Dpn(10))),
      R(2, { streamed: true }),
      cancelled(2, Δ(Dpn(-42))),
      RS(3, pn(-32)),
    ]);
  });

  test('streamed responses with side effects', () => {
    const id = 'GSet-s5';
    const effects: Msg[] = [{ id: 'one' }, { id: 'two', synchronous: true }];

    expect(
      open(id).send(
        SC(id, 1, { effects }),
        C(id, 2, update(gadd('a'))),
        C(id, 3, update(gadd('b'))),
      ),
    ).toEqual([
      R(1, { action: S(gs()), streamed: true }),
      RS(2, gs('a'), Δ(Dgs('a'))),
      M(1, gs('a'), { effects: [e('one'), s('two')] }),
      RS(3, gs('a', 'b'), Δ(Dgs('b'))),
      M(1, gs('a', 'b'), { effects: [e('one'), s('two')] }),
    ]);
  });

  test('connection tracking with Vote (spec §4.9, as seen by the user function)', () => {
    const id = 'Vote-s6';
    const connect = { initial_update: vote(true), cancel_update: vote(false), empty: true };

    expect(
      open(id).send(SC(id, 1), SC(id, 2, connect), cancel(id, 2), cancel(id, 1), C(id, 3, del)),
    ).toEqual([
      R(1, { action: S(vt(false, 0, 1)), streamed: true }),
      R(2, { stateAction: Δ(Dvt(true)), streamed: true }),
      M(1, vt(true, 1, 1)),
      cancelled(2, Δ(Dvt(false))),
      M(1, vt(false, 0, 1)),
      cancelled(1),
      RS(3, vt(false, 0, 1), Δdel),
    ]);
  });

  test('replicated deltas notify every subscription, in command id order', () => {
    const id = 'GCounter-s7';

    expect(open(id).send(SC(id, 2), SC(id, 1, { empty: true }), δ(Dgc(5)))).toEqual([
      R(2, { action: S(gc(0)), streamed: true }),
      R(1, { streamed: true }),
      M(2, gc(5)),
    ]);
  });

  test('a subscription is not told of its own initial update, the others are', () => {
    const id = 'GCounter-s8';

    expect(open(id).send(SC(id, 1), SC(id, 2, { initial_update: inc(4) }))).toEqual([
      R(1, { action: S(gc(0)), streamed: true }),
      R(2, { action: S(gc(4)), stateAction: Δ(Dgc(4)), streamed: true }),
      M(1, gc(4)),
    ]);
  });

  test('a command without the streamed flag does not subscribe', () => {
    const id = 'GCounter-s9';

    expect(open(id).send(SC(id, 1, {}, false), C(id, 2, update(inc(1))), cancel(id, 1))).toEqual([
      RS(1, gc(0)),
      RS(2, gc(1), Δ(Dgc(1))),
      cancelled(1),
    ]);
  });
});
