import type { Msg } from '../message';
import type { Int64 } from '../shared/fields';
import type { EntityProtocol } from '../user-function';

/** What the checker remembers of one entity stream so far. */
export interface StreamState {
  protocol: EntityProtocol;
  inCount: number;
  init?: Msg;
  lastCommandId: number;
  commandSeen: boolean;
  /** The snapshot sequence or last replayed event sequence. */
  lastEventSequence: number;
  /** Ids of every command the proxy sent. */
  sent: Set<string>;
  /** Ids of commands still owed a reply, in command order (a list, since ids may repeat). */
  pending: string[];
  /** CRDT streams accepted by a `streamed` reply and not yet ended. */
  streaming: Set<string>;
  /** Ids of `stream_cancelled` messages not yet answered. */
  cancelled: string[];
  halfClosed: boolean;
  /** The user function sent a stream-level failure, after which replies are no longer owed. */
  failed: boolean;
}

export function newStreamState(protocol: EntityProtocol): StreamState {
  return {
    protocol,
    inCount: 0,
    lastCommandId: 0,
    commandSeen: false,
    lastEventSequence: 0,
    sent: new Set(),
    pending: [],
    streaming: new Set(),
    cancelled: [],
    halfClosed: false,
    failed: false,
  };
}

/** Command ids compare as decimal text, so that 7 and "7" are the same id. */
export function idKey(id: Int64): string {
  return String(id);
}

/** Removes the first occurrence of an id from a list; returns whether it was there. */
export function takeId(ids: string[], id: string): boolean {
  const at = ids.indexOf(id);
  if (at < 0) {
    return false;
  }

  ids.splice(at, 1);
  return true;
}

/** The name of the oneof member a `*StreamIn` or `*StreamOut` message sets, if any. */
export function messageKind(msg: Msg, kinds: readonly string[]): string | undefined {
  return kinds.find((kind) => msg[kind] !== undefined);
}
