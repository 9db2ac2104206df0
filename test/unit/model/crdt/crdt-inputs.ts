import type { Msg } from '../../../../model/message';
import { anyOf } from '../../../../model/message';
import { openCrdtCall } from '../../../../model/crdt';

// The shorthands of spec §4.8 for what the TCK sends, written out by hand.

export const PACKAGE = 'cloudstate.tck.model.crdt';
export const TCK_MODEL = `${PACKAGE}.CrdtTckModel`;
export const TWO = `${PACKAGE}.CrdtTwo`;
export const CONFIGURED = `${PACKAGE}.CrdtConfigured`;

/** One entity stream: `send` gives what the model answers to one message. */
export interface Stream {
  send(...messages: Msg[]): Msg[];
  end(): { messages: Msg[]; complete: boolean };
}

/** Opens a stream and sends its init. */
export function open(entityId: string, initDelta?: Msg, service = TCK_MODEL): Stream {
  const call = openCrdtCall();
  const init = {
    service_name: service,
    entity_id: entityId,
    ...(initDelta && { delta: initDelta }),
  };
  expect(call.receive({ init })).toEqual({ messages: [], complete: false });

  return {
    send: (...messages) => messages.flatMap((message) => call.receive(message).messages),
    end: () => call.end(),
  };
}

// --- proxy → user function

const request = (name: string, id: string, n: number, actions: Msg[]): Msg => ({
  command: {
    entity_id: id,
    id: n,
    name,
    payload: anyOf(`${PACKAGE}.Request`, actions.length > 0 ? { id, actions } : { id }),
  },
});

/** `Process` on the CrdtTckModel. */
export const C = (id: string, n: number, ...actions: Msg[]): Msg =>
  request('Process', id, n, actions);

/** `Call` on CrdtTwo or CrdtConfigured. */
export const Call = (id: string, n: number, ...actions: Msg[]): Msg =>
  request('Call', id, n, actions);

export const SC = (id: string, n: number, request: Msg = {}, streamed = true): Msg => ({
  command: {
    entity_id: id,
    id: n,
    name: 'ProcessStreamed',
    payload: anyOf(`${PACKAGE}.StreamedRequest`, { id, ...request }),
    ...(streamed && { streamed }),
  },
});

export const δ = (delta: Msg): Msg => ({ delta });
export const cancel = (id: string, n: number): Msg => ({
  stream_cancelled: { entity_id: id, id: n },
});
export const proxyDelete: Msg = { delete: {} };

// --- request actions

export type Consistency = 'LOCAL' | 'MAJORITY' | 'ALL';

export const update = (u: Msg, wc?: Consistency): Msg => ({
  update: wc === undefined || wc === 'LOCAL' ? u : { ...u, write_consistency: wc },
});
export const del: Msg = { delete: {} };
export const forward = (id: string): Msg => ({ forward: { id } });
export const fail = (message: string): Msg => ({ fail: { message } });
export const effect = (id: string, synchronous = false): Msg => ({
  effect: synchronous ? { id, synchronous } : { id },
});

// --- updates (the bare Update message; wrap in `update` for a request action)

export const num = (field: string, n: number): Msg => (n === 0 ? {} : { [field]: n });

export const inc = (n: number): Msg => ({ gcounter: num('increment', n) });
export const chg = (n: number): Msg => ({ pncounter: num('change', n) });
export const gadd = (x: string): Msg => ({ gset: { add: x } });
export const oadd = (x: string): Msg => ({ orset: { add: x } });
export const orem = (x: string): Msg => ({ orset: { remove: x } });
export const oclear: Msg = { orset: { clear: true } };
export const enable: Msg = { flag: {} };
export const vote = (b: boolean): Msg => ({ vote: b ? { self_vote: true } : {} });
export const madd = (key: string): Msg => ({ ormap: { add: key } });
export const mrem = (key: string): Msg => ({ ormap: { remove: key } });
export const mclear: Msg = { ormap: { clear: true } };
export const mupd = (key: string, u: Msg): Msg => ({ ormap: { update: { key, update: u } } });

/** The TCK's `setTo` always sends a clock sub-message. */
export const set = (value: string, clockType?: string, custom = 0): Msg => ({
  lwwregister: {
    value,
    clock: { ...(clockType && { clockType }), ...num('customClockValue', custom) },
  },
});

/** Each action of a list, as its own update action. */
export const updates = (...us: Msg[]): Msg[] => us.map((u) => update(u));
