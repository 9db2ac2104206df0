import type { Msg } from '../message';
import { anyOf } from '../message';
import { forwardAction, replyAction, sideEffect } from '../shared/client-action';
import type { Crdt } from './crdt';
import { boolEntry, int64Entry, listEntry, messageEntry, stringEntry } from './entries';
import { CALL, CRDT_TWO, REQUEST_TYPE, RESPONSE_TYPE } from './names';

/** The parts of a CrdtReply; absent ones are left out of the message. */
export interface ReplyParts {
  clientAction?: Msg;
  sideEffects?: Msg[];
  stateAction?: Msg;
  streamed?: boolean;
}

/** A `CrdtStreamOut` holding a `CrdtReply`. */
export function crdtReply(commandId: bigint, parts: ReplyParts): Msg {
  return {
    reply: {
      ...int64Entry('command_id', commandId),
      ...messageEntry('client_action', parts.clientAction),
      ...listEntry('side_effects', parts.sideEffects ?? []),
      ...messageEntry('state_action', parts.stateAction),
      ...boolEntry('streamed', parts.streamed ?? false),
    },
  };
}

/** A `CrdtStreamOut` holding a `CrdtStreamCancelledResponse`. */
export function cancelledResponse(commandId: bigint, stateAction?: Msg): Msg {
  return {
    stream_cancelled_response: {
      ...int64Entry('command_id', commandId),
      ...messageEntry('state_action', stateAction),
    },
  };
}

/** The reply client action carrying `Response{state}`. */
export function stateReply(crdt: Crdt): Msg {
  return replyAction(anyOf(RESPONSE_TYPE, { state: crdt.state() }));
}

/** The reply client action carrying an empty `Response{}`, as CrdtTwo and CrdtConfigured give. */
export function emptyReply(): Msg {
  return replyAction(anyOf(RESPONSE_TYPE));
}

export function forwardToTwo(id: string): Msg {
  return forwardAction(CRDT_TWO, CALL, twoRequest(id));
}

export function effectOnTwo(id: string, synchronous: boolean): Msg {
  return sideEffect(CRDT_TWO, CALL, twoRequest(id), synchronous);
}

function twoRequest(id: string): Msg {
  return anyOf(REQUEST_TYPE, stringEntry('id', id));
}
