import type { Msg } from '../message';
import { GOOGLE_TYPE_PREFIX, TYPE_KEY, anyOf, messageField } from '../message';
import { forwardAction, replyAction, sideEffect } from '../shared/client-action';
import { boolField, messageList, omitDefaults, stringField } from '../shared/fields';
import { PERSISTED_TYPE, REQUEST_TYPE, RESPONSE_TYPE, VALUE_ENTITY_TWO } from './names';
import type { ValueEntityBehavior, ValueEntityOutcome } from './value-entity-behavior';

type Reply = Extract<ValueEntityOutcome, { kind: 'reply' }>;

/** `ValueEntityTckModel` (spec §2.2): `Process` runs the request's actions in order. */
export function valueEntityTckModel(): ValueEntityBehavior {
  return {
    initialState: persistedValue,
    handle(state: string, command: Msg): ValueEntityOutcome | undefined {
      if (stringField(command, 'name') !== 'Process') {
        return undefined;
      }

      return process(state, messageList(messageField(command, 'payload'), 'actions'));
    },
  };
}

/**
 * Starts from the stored `Persisted` when the proxy sends one. The Java reference ignores it and
 * the TCK cannot tell (spec §6.5), but restoring is what the protocol means.
 */
function persistedValue(initState: Msg | undefined): string {
  const value = messageField(initState, 'value');
  const typeUrl = value?.[TYPE_KEY];

  // Fixtures may write a bare message name for the full type URL.
  const isPersisted = typeUrl === GOOGLE_TYPE_PREFIX + PERSISTED_TYPE || typeUrl === PERSISTED_TYPE;
  return isPersisted ? stringField(value, 'value') : '';
}

function process(initial: string, actions: Msg[]): ValueEntityOutcome {
  let reply: Reply = { kind: 'reply', state: initial, clientAction: {}, sideEffects: [] };
  let forward: Msg | undefined;

  // A fail ends the command at once, so whatever follows it is ignored, as in the reference.
  for (const action of actions) {
    const fail = messageField(action, 'fail');
    if (fail) {
      return { kind: 'fail', description: stringField(fail, 'message') };
    }

    forward = forwardOf(action) ?? forward;
    reply = applyAction(reply, action);
  }

  const response = anyOf(RESPONSE_TYPE, omitDefaults({ message: reply.state }));
  return { ...reply, clientAction: forward ?? replyAction(response) };
}

function applyAction(reply: Reply, action: Msg): Reply {
  const update = messageField(action, 'update');
  if (update) {
    const state = stringField(update, 'value');
    const stateAction = {
      update: { value: anyOf(PERSISTED_TYPE, omitDefaults({ value: state })) },
    };
    return { ...reply, state, stateAction };
  }

  if (messageField(action, 'delete')) {
    return { ...reply, state: '', stateAction: { delete: {} } };
  }

  const effect = messageField(action, 'effect');
  if (effect) {
    const call = sideEffect(
      VALUE_ENTITY_TWO,
      'Call',
      request(effect),
      boolField(effect, 'synchronous'),
    );
    return { ...reply, sideEffects: [...reply.sideEffects, call] };
  }

  return reply;
}

function forwardOf(action: Msg): Msg | undefined {
  const forward = messageField(action, 'forward');

  return forward && forwardAction(VALUE_ENTITY_TWO, 'Call', request(forward));
}

function request(step: Msg): Msg {
  return anyOf(REQUEST_TYPE, omitDefaults({ id: stringField(step, 'id') }));
}
