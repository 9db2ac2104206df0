import { anyOf } from '../../../model/message';
import type { Msg } from '../../../model/message';
import { openValueEntityCall, valueEntityBehaviors } from '../../../model/value-entity';
import { ENTITY_ID, entityFixtures, passivate, run } from './entity-fixtures';

const PACKAGE = 'cloudstate.tck.model.valueentity';
const TWO = `${PACKAGE}.ValueEntityTwo`;
const { C, R, bare, persisted, e, s, fwd, failure } = entityFixtures(PACKAGE, TWO, 'reply');

const U = (value: string): Msg => ({ state_action: { update: { value: persisted(value) } } });
const D: Msg = { state_action: { delete: {} } };
const update = (value: string): Msg => ({ update: { value } });
const del: Msg = { delete: {} };
const effect = (id: string, synchronous = false): Msg => ({
  effect: synchronous ? { id, synchronous } : { id },
});

function init(service = 'ValueEntityTckModel', state: Msg = {}): Msg {
  return { init: { service_name: `${PACKAGE}.${service}`, entity_id: ENTITY_ID, state } };
}

/** One model test: init, the messages, then passivation. */
function stream(...inputs: Msg[]): Msg[] {
  const call = openValueEntityCall(valueEntityBehaviors());
  const out = run(call, init(), ...inputs);
  passivate(call);
  return out;
}

describe('ValueEntityTckModel (spec §4.4)', () => {
  it('verify initial empty state', () => {
    expect(stream(C(1))).toEqual([R(1, '')]);
  });

  it('verify delete state', () => {
    expect(stream(C(1, update('A')), C(2, del), C(3))).toEqual([
      R(1, 'A', U('A')),
      R(2, '', D),
      R(3, ''),
    ]);
  });

  it('verify sub invocations with multiple update states and delete states', () => {
    expect(stream(C(1, update('A'), update('B'), del), C(2))).toEqual([R(1, '', D), R(2, '')]);
  });

  it('verify sub invocations with update, delete and update states', () => {
    expect(stream(C(1, update('A'), del, update('B')), C(2))).toEqual([
      R(1, 'B', U('B')),
      R(2, 'B'),
    ]);
  });

  it('verify reply with multiple side effects and state', () => {
    const actions = ['A', 'B', 'C', 'D', 'E'].map(update);
    const effects = ['1', '2', '3'].map((id) => effect(id));

    expect(stream(C(1, ...actions, ...effects))).toEqual([
      R(1, 'E', { side_effects: [e('1'), e('2'), e('3')], ...U('E') }),
    ]);
  });

  it('verify synchronous side effect to second service', () => {
    expect(stream(C(1, effect(ENTITY_ID, true)))).toEqual([
      R(1, '', { side_effects: [s(ENTITY_ID)] }),
    ]);
  });

  it('verify forward to second service', () => {
    expect(stream(C(1, update('X')), C(2, { forward: { id: ENTITY_ID } }), C(3))).toEqual([
      R(1, 'X', U('X')),
      bare(2, fwd(ENTITY_ID)),
      R(3, 'X'),
    ]);
  });

  it('verify forward with updated state and side effect', () => {
    const out = stream(C(1, effect(ENTITY_ID), update('A'), { forward: { id: ENTITY_ID } }));

    expect(out).toEqual([
      {
        reply: {
          command_id: 1,
          client_action: fwd(ENTITY_ID),
          side_effects: [e(ENTITY_ID)],
          ...U('A'),
        },
      },
    ]);
  });

  it('verify connection after failure action (the state rolls back)', () => {
    const failing = { fail: { message: 'expected failure' } };

    expect(stream(C(1, update('A')), C(2, update('B'), failing), C(3))).toEqual([
      R(1, 'A', U('A')),
      bare(2, failure(2, 'expected failure')),
      R(3, 'A'),
    ]);
  });

  it('verify failure action do not allow side effects', () => {
    const out = stream(C(1, effect(ENTITY_ID), { fail: { message: 'expected failure' } }));

    expect(out).toEqual([bare(1, failure(1, 'expected failure'))]);
  });

  it('starts from the state in init when there is one (rehydration)', () => {
    const call = openValueEntityCall(valueEntityBehaviors());
    const state = { value: persisted('D') };

    expect(run(call, init('ValueEntityTckModel', state), C(1))).toEqual([R(1, 'D')]);
    expect(run(call, C(2, update('E')), C(3))).toEqual([R(2, 'E', U('E')), R(3, 'E')]);
  });
});

describe('ValueEntityTwo and ValueEntityConfigured', () => {
  it.each(['ValueEntityTwo', 'ValueEntityConfigured'])('%s.Call replies Response{}', (service) => {
    const call = openValueEntityCall(valueEntityBehaviors());
    const command = {
      command: {
        entity_id: ENTITY_ID,
        id: 1,
        name: 'Call',
        payload: anyOf(`${PACKAGE}.Request`, { id: ENTITY_ID }),
      },
    };

    expect(run(call, init(service), command)).toEqual([R(1, '')]);
    passivate(call);
  });
});

describe('value entity stream errors', () => {
  it('fails the stream on an unknown service', () => {
    const call = openValueEntityCall(valueEntityBehaviors());
    const output = call.receive(init('Nope'));

    expect(output.complete).toBe(true);
    expect(output.messages[0]).toHaveProperty('failure.description');
  });

  it('fails the stream on a command before init', () => {
    const output = openValueEntityCall(valueEntityBehaviors()).receive(C(1));

    expect(output).toEqual({ messages: [{ failure: expect.any(Object) }], complete: true });
  });

  it('fails the stream on an unknown command, naming its id', () => {
    const call = openValueEntityCall(valueEntityBehaviors());
    call.receive(init());
    const output = call.receive({ command: { entity_id: ENTITY_ID, id: 1, name: 'Nope' } });

    expect(output.complete).toBe(true);
    expect(output.messages[0]).toHaveProperty('failure.command_id', 1);
  });
});
