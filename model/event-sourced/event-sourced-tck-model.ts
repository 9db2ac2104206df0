import type { Msg } from '../message';
import { anyOf, messageField } from '../message';
import { forwardAction, replyAction, sideEffect } from '../shared/client-action';
import { boolField, messageList, omitDefaults, stringField } from '../shared/fields';
import type { EventSourcedBehavior, EventSourcedOutcome } from './event-sourced-behavior';
import { EVENT_SOURCED_TWO, PERSISTED_TYPE, REQUEST_TYPE, RESPONSE_TYPE } from './names';

type Reply = Extract<EventSourcedOutcome, { kind: 'reply' }>;

/** The TCK model snapshots every 5 events, like the Java reference (`snapshotEvery = 5`). */
export const TCK_MODEL_SNAPSHOT_EVERY = 5;

/**
 * `EventSourcedTckModel` (spec §2.3): events and snapshots are `Persisted{value}`; an event
 * appends its value to the state and a snapshot replaces it.
 */
export function eventSourcedTckModel(): EventSourcedBehavior {
  return {
    snapshotEvery: TCK_MODEL_SNAPSHOT_EVERY,
    fromSnapshot: (snapshot) => stringField(snapshot, 'value'),
    toSnapshot: persisted,
    applyEvent: (state, event) => state + stringField(event, 'value'),
    handle(state: string, command: Msg): EventSourcedOutcome | undefined {
      if (stringField(command, 'name') !== 'Process') {
        return undefined;
      }

      return process(state, messageList(messageField(command, 'payload'), 'actions'));
    },
  };
}

function process(initial: string, actions: Msg[]): EventSourcedOutcome {
  let state = initial;
  let reply: Reply = { kind: 'reply', clientAction: {}, sideEffects: [], events: [] };
  let forward: Msg | undefined;

  // A fail ends the command at once, so whatever follows it is ignored, as in the reference.
  for (const action of actions) {
    const fail = messageField(action, 'fail');
    if (fail) {
      return { kind: 'fail', description: stringField(fail, 'message') };
    }

    // Events apply as they are emitted, so the Response reflects them.
    const emit = messageField(action, 'emit');
    if (emit) {
      state += stringField(emit, 'value');
      reply = { ...reply, events: [...reply.events, persisted(stringField(emit, 'value'))] };
    }

    forward = forwardOf(action) ?? forward;
    reply = withEffect(reply, action);
  }

  const response = anyOf(RESPONSE_TYPE, omitDefaults({ message: state }));
  return { ...reply, clientAction: forward ?? replyAction(response) };
}

function withEffect(reply: Reply, action: Msg): Reply {
  const effect = messageField(action, 'effect');
  if (!effect) {
    return reply;
  }

  const call = sideEffect(
    EVENT_SOURCED_TWO,
    'Call',
    request(effect),
    boolField(effect, 'synchronous'),
  );
  return { ...reply, sideEffects: [...reply.sideEffects, call] };
}

function forwardOf(action: Msg): Msg | undefined {
  const forward = messageField(action, 'forward');

  return forward && forwardAction(EVENT_SOURCED_TWO, 'Call', request(forward));
}

function request(step: Msg): Msg {
  return anyOf(REQUEST_TYPE, omitDefaults({ id: stringField(step, 'id') }));
}

function persisted(value: string): Msg {
  return anyOf(PERSISTED_TYPE, omitDefaults({ value }));
}
