import type { Msg } from '../message';
import { messageField } from '../message';
import { messageList } from '../shared/fields';
import type { Crdt } from './crdt';
import { boolEntry, int64Entry, listEntry, messageEntry } from './entries';
import { boolField, stringField } from './fields';
import { compareInt64 } from './int64';
import { effectOnTwo, stateReply } from './replies';
import { sameMessage } from './same-message';

/**
 * The accepted streamed commands of one entity, each kept with the `StreamedRequest` that set it
 * up. The reference keeps a change listener and a cancel listener per command; both always come
 * and go together, so one entry stands for both.
 */
export class Subscriptions {
  private readonly requests = new Map<bigint, Msg>();

  add(commandId: bigint, request: Msg): void {
    this.requests.set(commandId, request);
  }

  /** Drops a subscription and gives the `cancel_update` it asked for, if any. */
  cancel(commandId: bigint): Msg | undefined {
    const request = this.requests.get(commandId);
    this.requests.delete(commandId);

    return messageField(request, 'cancel_update');
  }

  /**
   * Tells every subscription about a change, in command id order, as `CrdtStreamedMessage`s.
   * A subscription whose end state is reached gets `end_stream` and is dropped.
   */
  notify(crdt: Crdt): Msg[] {
    const ids = [...this.requests.keys()].sort(compareInt64);
    const messages: Msg[] = [];

    for (const id of ids) {
      const request = this.requests.get(id) ?? {};
      const ended = hasEnded(request, crdt);
      const message = notification(id, request, crdt, ended);

      if (ended) {
        this.requests.delete(id);
      }

      if (message !== undefined) {
        messages.push(message);
      }
    }

    return messages;
  }
}

function hasEnded(request: Msg, crdt: Crdt): boolean {
  const endState = messageField(request, 'end_state');

  return endState !== undefined && sameMessage(crdt.state(), endState);
}

/** Nothing is sent when there is no reply, no effect and no end to tell. */
function notification(id: bigint, request: Msg, crdt: Crdt, ended: boolean): Msg | undefined {
  const clientAction = boolField(request, 'empty') ? undefined : stateReply(crdt);
  const sideEffects = messageList(request, 'effects').map((effect) =>
    effectOnTwo(stringField(effect, 'id'), boolField(effect, 'synchronous')),
  );

  if (clientAction === undefined && sideEffects.length === 0 && !ended) {
    return undefined;
  }

  return {
    streamed_message: {
      ...int64Entry('command_id', id),
      ...messageEntry('client_action', clientAction),
      ...listEntry('side_effects', sideEffects),
      ...boolEntry('end_stream', ended),
    },
  };
}
