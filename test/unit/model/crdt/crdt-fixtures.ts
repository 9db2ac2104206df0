import type { Msg } from '../../../../model/message';
import { anyOf, primitiveString as pstr } from '../../../../model/message';
import { openCrdtCall } from '../../../../model/crdt';

// The shorthands of spec §4.8, written out by hand so that the model is checked against them.

const PACKAGE = 'cloudstate.tck.model.crdt';
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

type Consistency = 'LOCAL' | 'MAJORITY' | 'ALL';

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

const num = (field: string, n: number): Msg => (n === 0 ? {} : { [field]: n });

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

// --- states (State messages)

const strs = (field: string, xs: string[]): Msg => (xs.length > 0 ? { [field]: xs } : {});

export const gc = (n: number): Msg => ({ gcounter: num('value', n) });
export const pn = (n: number): Msg => ({ pncounter: num('value', n) });
export const gs = (...xs: string[]): Msg => ({ gset: strs('elements', xs) });
export const os = (...xs: string[]): Msg => ({ orset: strs('elements', xs) });
export const lw = (v: string): Msg => ({ lwwregister: v === '' ? {} : { value: v } });
export const fl = (b: boolean): Msg => ({ flag: b ? { value: true } : {} });
export const vt = (selfVote: boolean, votesFor: number, total: number): Msg => ({
  vote: {
    ...(selfVote && { self_vote: true }),
    ...num('votes_for', votesFor),
    ...num('total_voters', total),
  },
});
export const om = (entries: [string, Msg][]): Msg => ({
  ormap: entries.length > 0 ? { entries: entries.map(([key, value]) => ({ key, value })) } : {},
});

// --- deltas (CrdtDelta messages)

const anys = (field: string, xs: string[]): Msg => (xs.length > 0 ? { [field]: xs.map(pstr) } : {});

export const Dgc = (n: number): Msg => ({ gcounter: num('increment', n) });
export const Dpn = (n: number): Msg => ({ pncounter: num('change', n) });
export const Dgs = (...xs: string[]): Msg => ({ gset: anys('added', xs) });
export const Dos = (d: { cleared?: boolean; removed?: string[]; added?: string[] }): Msg => ({
  orset: {
    ...(d.cleared && { cleared: true }),
    ...anys('removed', d.removed ?? []),
    ...anys('added', d.added ?? []),
  },
});
export const Dlw = (v: string, clock?: string, custom = 0): Msg => ({
  lwwregister: { value: pstr(v), ...(clock && { clock }), ...num('custom_clock_value', custom) },
});
export const Dfl = (b: boolean): Msg => ({ flag: b ? { value: true } : {} });
export const Dvt = (selfVote: boolean, votesFor = 0, total = 0): Msg => ({
  vote: {
    ...(selfVote && { self_vote: true }),
    ...num('votes_for', votesFor),
    ...num('total_voters', total),
  },
});

type Entries = [string, Msg][];

const mapEntries = (field: string, entries: Entries = []): Msg =>
  entries.length > 0 ? { [field]: entries.map(([key, delta]) => ({ key: pstr(key), delta })) } : {};

export const Dom = (d: {
  cleared?: boolean;
  removed?: string[];
  updated?: Entries;
  added?: Entries;
}): Msg => ({
  ormap: {
    ...(d.cleared && { cleared: true }),
    ...anys('removed', d.removed ?? []),
    ...mapEntries('updated', d.updated),
    ...mapEntries('added', d.added),
  },
});

// --- user function → proxy

export const response = (state: Msg): Msg => anyOf(`${PACKAGE}.Response`, { state });
const twoRequest = (id: string): Msg => anyOf(`${PACKAGE}.Request`, { id });

export const S = (state: Msg): Msg => ({ reply: { payload: response(state) } });
export const fwd = (id: string): Msg => ({
  forward: { service_name: TWO, command_name: 'Call', payload: twoRequest(id) },
});
export const failure = (n: number, description: string): Msg => ({
  failure: { command_id: n, description },
});
export const e = (id: string): Msg => ({
  service_name: TWO,
  command_name: 'Call',
  payload: twoRequest(id),
});
export const s = (id: string): Msg => ({ ...e(id), synchronous: true });

/** `Δ`: a state action carrying an update, LOCAL unless stated. */
export const Δ = (delta: Msg, wc?: Consistency): Msg => ({
  update: delta,
  ...(wc && wc !== 'LOCAL' && { write_consistency: wc }),
});
export const Δdel: Msg = { delete: {} };

export interface ReplyParts {
  action?: Msg;
  effects?: Msg[];
  stateAction?: Msg;
  streamed?: boolean;
}

export const R = (n: number, parts: ReplyParts): Msg => ({
  reply: {
    command_id: n,
    ...(parts.action && { client_action: parts.action }),
    ...(parts.effects && { side_effects: parts.effects }),
    ...(parts.stateAction && { state_action: parts.stateAction }),
    ...(parts.streamed && { streamed: true }),
  },
});

/** A reply showing `state`, with an optional state action. */
export const RS = (n: number, state: Msg, stateAction?: Msg): Msg =>
  R(n, { action: S(state), stateAction });

export const M = (
  n: number,
  state: Msg | undefined,
  parts: { effects?: Msg[]; end?: boolean } = {},
): Msg => ({
  streamed_message: {
    command_id: n,
    ...(state && { client_action: S(state) }),
    ...(parts.effects && { side_effects: parts.effects }),
    ...(parts.end && { end_stream: true }),
  },
});

export const cancelled = (n: number, stateAction?: Msg): Msg => ({
  stream_cancelled_response: { command_id: n, ...(stateAction && { state_action: stateAction }) },
});
