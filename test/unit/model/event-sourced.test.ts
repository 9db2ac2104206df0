import { eventSourcedBehaviors, openEventSourcedCall } from '../../../model/event-sourced';
import type { Msg } from '../../../model/message';
import type { CallModel } from '../../../model/user-function';
import { ENTITY_ID, entityFixtures, passivate, run } from './entity-fixtures';

const PACKAGE = 'cloudstate.tck.model';
const TWO = `${PACKAGE}.EventSourcedTwo`;
const { C, R, bare, persisted, e, s, fwd, failure } = entityFixtures(PACKAGE, TWO, 'reply');

const emit = (value: string): Msg => ({ emit: { value } });
const emits = (values: string): Msg[] => [...values].map(emit);
const ev = (values: string): Msg => ({ events: [...values].map(persisted) });
const snap = (value: string): Msg => ({ snapshot: persisted(value) });
const effect = (id: string, synchronous = false): Msg => ({
  effect: synchronous ? { id, synchronous } : { id },
});
const forward: Msg = { forward: { id: ENTITY_ID } };
const fail = (message: string): Msg => ({ fail: { message } });

function init(snapshot?: [number, string], service = 'EventSourcedTckModel'): Msg {
  const stored = snapshot && { snapshot_sequence: snapshot[0], snapshot: persisted(snapshot[1]) };
  return {
    init: {
      service_name: `${PACKAGE}.${service}`,
      entity_id: ENTITY_ID,
      ...(stored && { snapshot: stored }),
    },
  };
}

const event = (sequence: number, value: string): Msg => ({
  event: { sequence, payload: persisted(value) },
});

function open(...inputs: Msg[]): [CallModel, Msg[]] {
  const call = openEventSourcedCall(eventSourcedBehaviors());
  return [call, run(call, ...inputs)];
}

/** One model test: init without snapshot, the messages, then passivation. */
function stream(...inputs: Msg[]): Msg[] {
  const [call, out] = open(init(), ...inputs);
  passivate(call);
  return out;
}

describe('EventSourcedTckModel (spec §4.6)', () => {
  it('verify single emitted event', () => {
    expect(stream(C(1, emit('A')), C(2))).toEqual([R(1, 'A', ev('A')), R(2, 'A')]);
  });

  it('verify multiple emitted events and snapshots', () => {
    const out = stream(
      ...['A', 'B', 'C', 'D', 'E', 'FGH', 'IJ', 'K'].map((values, i) => C(i + 1, ...emits(values))),
      C(9),
    );

    expect(out).toEqual([
      R(1, 'A', ev('A')),
      R(2, 'AB', ev('B')),
      R(3, 'ABC', ev('C')),
      R(4, 'ABCD', ev('D')),
      R(5, 'ABCDE', { ...ev('E'), ...snap('ABCDE') }),
      R(6, 'ABCDEFGH', ev('FGH')),
      R(7, 'ABCDEFGHIJ', { ...ev('IJ'), ...snap('ABCDEFGHIJ') }),
      R(8, 'ABCDEFGHIJK', ev('K')),
      R(9, 'ABCDEFGHIJK'),
    ]);
  });

  it('snapshots the state after all of a command, not at the multiple of 5', () => {
    const out = stream(C(1, ...emits('ABCDEFGHI')), C(2, ...emits('JK')));

    expect(out[1]).toEqual(R(2, 'ABCDEFGHIJK', { ...ev('JK'), ...snap('ABCDEFGHIJK') }));
  });

  it('verify initial snapshot and events', () => {
    const [, out] = open(init([5, 'ABCDE']), event(6, 'F'), event(7, 'G'), C(1));

    expect(out).toEqual([R(1, 'ABCDEFG')]);
  });

  it('continues the sequence from replayed events when deciding snapshots', () => {
    const [, out] = open(init([5, 'ABCDE']), event(6, 'F'), C(1, ...emits('GHIJ')));

    expect(out).toEqual([R(1, 'ABCDEFGHIJ', { ...ev('GHIJ'), ...snap('ABCDEFGHIJ') })]);
  });

  it('verify forward with emitted events and snapshot', () => {
    expect(stream(C(1, ...emits('ABC')), C(2, emit('D'), emit('E'), forward))).toEqual([
      R(1, 'ABC', ev('ABC')),
      { reply: { command_id: 2, client_action: fwd(ENTITY_ID), ...ev('DE'), ...snap('ABCDE') } },
    ]);
  });

  it('verify forward and side effect to second service', () => {
    expect(stream(C(1, effect(ENTITY_ID), forward))).toEqual([
      { reply: { command_id: 1, client_action: fwd(ENTITY_ID), side_effects: [e(ENTITY_ID)] } },
    ]);
  });

  it('verify synchronous side effect to second service', () => {
    expect(stream(C(1, effect(ENTITY_ID, true)))).toEqual([
      R(1, '', { side_effects: [s(ENTITY_ID)] }),
    ]);
  });

  it('verify reply with multiple side effects, events, and snapshot', () => {
    const effects = ['1', '2', '3'].map((id) => effect(id));

    expect(stream(C(1, ...emits('ABCDE'), ...effects))).toEqual([
      R(1, 'ABCDE', {
        side_effects: [e('1'), e('2'), e('3')],
        ...ev('ABCDE'),
        ...snap('ABCDE'),
      }),
    ]);
  });

  it('verify failure actions do not allow side effects', () => {
    expect(stream(C(1, effect(ENTITY_ID), fail('expected failure')))).toEqual([
      bare(1, failure(1, 'expected failure')),
    ]);
  });

  it('verify failure actions do not retain emitted events (rollback, restart=false)', () => {
    const out = stream(
      C(1, ...emits('ABC')),
      C(2, emit('4'), emit('5'), fail('failure 1')),
      C(3, emit('D')),
      C(4, emit('6'), fail('failure 2'), emit('7')),
      C(5, emit('E')),
    );

    expect(out).toEqual([
      R(1, 'ABC', ev('ABC')),
      bare(2, failure(2, 'failure 1')),
      R(3, 'ABCD', ev('D')),
      bare(4, failure(4, 'failure 2')),
      R(5, 'ABCDE', { ...ev('E'), ...snap('ABCDE') }),
    ]);
  });
});

describe('EventSourcedTwo and EventSourcedConfigured', () => {
  it.each(['EventSourcedTwo', 'EventSourcedConfigured'])(
    '%s.Call replies Response{}',
    (service) => {
      const call = { command: { entity_id: ENTITY_ID, id: 1, name: 'Call' } };
      const [model, out] = open(init(undefined, service), call);

      expect(out).toEqual([R(1, '')]);
      passivate(model);
    },
  );
});
