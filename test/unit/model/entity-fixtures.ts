import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';
import type { CallModel } from '../../../model/user-function';

// The shorthands of spec §4.4 and §4.6 for one entity package, written out by hand.

export interface EntityFixtures {
  /** `C(n, [actions])`: a `Process` command of entity `id`. */
  C: (n: number, ...actions: Msg[]) => Msg;
  /** `R(n, "msg", extra)`: a reply whose payload is `Response{message}`. */
  R: (n: number, message: string, extra?: Msg) => Msg;
  /** A reply with only a client action. */
  bare: (n: number, clientAction: Msg) => Msg;
  persisted: (value: string) => Msg;
  e: (id: string) => Msg;
  s: (id: string) => Msg;
  fwd: (id: string) => Msg;
  failure: (n: number, description: string) => Msg;
}

export const ENTITY_ID = 'entity-1';

export function entityFixtures(modelPackage: string, two: string, wrap: string): EntityFixtures {
  const type = (name: string): string => `${modelPackage}.${name}`;
  const request = (id: string): Msg => anyOf(type('Request'), { id });
  const e = (id: string): Msg => ({
    service_name: two,
    command_name: 'Call',
    payload: request(id),
  });
  const reply = (n: number, clientAction: Msg, extra: Msg = {}): Msg => ({
    [wrap]: { command_id: n, client_action: clientAction, ...extra },
  });

  return {
    C: (n, ...actions) => ({
      command: {
        entity_id: ENTITY_ID,
        id: n,
        name: 'Process',
        payload: anyOf(
          type('Request'),
          actions.length > 0 ? { id: ENTITY_ID, actions } : { id: ENTITY_ID },
        ),
      },
    }),
    R: (n, message, extra = {}) =>
      reply(n, { reply: { payload: anyOf(type('Response'), message ? { message } : {}) } }, extra),
    bare: (n, clientAction) => reply(n, clientAction),
    persisted: (value) => anyOf(type('Persisted'), value ? { value } : {}),
    e,
    s: (id) => ({ ...e(id), synchronous: true }),
    fwd: (id) => ({ forward: { service_name: two, command_name: 'Call', payload: request(id) } }),
    failure: (n, description) => ({ failure: { command_id: n, description } }),
  };
}

/** Feeds messages in order and returns every message sent back, checking nothing completes. */
export function run(call: CallModel, ...inputs: Msg[]): Msg[] {
  return inputs.flatMap((input) => {
    const output = call.receive(input);
    expect(output.complete).toBe(false);
    return output.messages;
  });
}

/** Passivation: the input completes and the output must complete with nothing more. */
export function passivate(call: CallModel): void {
  expect(call.end()).toEqual({ messages: [], complete: true });
}
