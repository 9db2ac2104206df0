import type { Msg } from '../message';
import { JSON_VALUE_KEY, anyOf, isMsg, messageField } from '../message';
import { failureAction, forwardAction, replyAction } from '../shared/client-action';
import { messageList, metadataString, omitDefaults, stringField } from '../shared/fields';
import type { ActionService } from './action-method';
import { EFFECT_REQUEST_TYPE, EVENT_LOG_SUBSCRIBER, EVENTING_RESPONSE_TYPE } from './names';

/**
 * `EventLogSubscriberModel` (spec §2.5). The event's entity id comes from the CloudEvent
 * `ce-subject` metadata entry, which is where the proxy puts it (the proto comment says source).
 */
export function eventLogSubscriber(): ActionService {
  return {
    ProcessEventOne: {
      shape: 'unary',
      handle: (command) => convertStep(subject(command), messageField(payload(command), 'step')),
    },
    ProcessEventTwo: {
      shape: 'streamedOut',
      handle: (command) =>
        messageList(payload(command), 'step').map((step) => convertStep(subject(command), step)),
    },
    Effect: {
      shape: 'unary',
      handle: (command) => {
        const request = payload(command);
        return reply(stringField(request, 'id'), stringField(request, 'message'));
      },
    },
    ProcessAnyEvent: { shape: 'unary', handle: processAnyEvent },
  };
}

function convertStep(id: string, step: Msg | undefined): Msg {
  const replyStep = messageField(step, 'reply');
  if (replyStep) {
    return reply(id, stringField(replyStep, 'message'));
  }

  const forwardStep = messageField(step, 'forward');
  if (forwardStep) {
    const request = omitDefaults({ id, message: stringField(forwardStep, 'message') });
    return forwardAction(EVENT_LOG_SUBSCRIBER, 'Effect', anyOf(EFFECT_REQUEST_TYPE, request));
  }

  return failureAction(0, 'No reply or forward');
}

/** Replies with the `message` of a JSON event, whose text is the Any's `@json`. */
function processAnyEvent(command: Msg): Msg {
  const json = payload(command)?.[JSON_VALUE_KEY];
  const event = typeof json === 'string' ? parseJson(json) : undefined;

  if (!isMsg(event) || typeof event.message !== 'string') {
    return failureAction(0, 'Expected a JSON event with a string message');
  }

  return reply(subject(command), event.message);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function reply(id: string, message: string): Msg {
  return replyAction(anyOf(EVENTING_RESPONSE_TYPE, omitDefaults({ id, message })));
}

function subject(command: Msg): string {
  return metadataString(command, 'ce-subject');
}

function payload(command: Msg): Msg | undefined {
  return messageField(command, 'payload');
}
