import type { Msg } from '../../../../model/message';
import { anyOf, primitiveString as pstr } from '../../../../model/message';
import type { Consistency } from './crdt-inputs';
import { num, PACKAGE, TWO } from './crdt-inputs';

// The shorthands of spec §4.8 for what the model must answer, written out by hand.

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
