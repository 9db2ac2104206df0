import type { Msg } from '../message';
import { JSON_VALUE_KEY, TYPE_KEY, anyOf, messageField } from '../message';
import { replyAction } from '../shared/client-action';
import { stringField } from '../shared/fields';
import type { EventSourcedBehavior, EventSourcedOutcome } from './event-sourced-behavior';
import { EMPTY_TYPE, EVENT_ONE_TYPE, EVENT_TWO_TYPE, JSON_MESSAGE_TYPE_URL } from './names';

/** `EventSourcedEntityOne.EmitEvent` emits the request's EventOne or EventTwo (spec §2.5). */
export function eventSourcedEntityOne(): EventSourcedBehavior {
  return eventEmitter('EmitEvent', (request) => {
    const eventOne = messageField(request, 'event_one');

    // Like the reference, a request with neither event set emits an empty EventTwo.
    return eventOne
      ? anyOf(EVENT_ONE_TYPE, eventOne)
      : anyOf(EVENT_TWO_TYPE, messageField(request, 'event_two'));
  });
}

/** `EventSourcedEntityTwo.EmitJsonEvent` emits `{"message": ...}` as a JSON event (spec §2.5). */
export function eventSourcedEntityTwo(): EventSourcedBehavior {
  return eventEmitter('EmitJsonEvent', (request) => ({
    [TYPE_KEY]: JSON_MESSAGE_TYPE_URL,
    [JSON_VALUE_KEY]: JSON.stringify({ message: stringField(request, 'message') }),
  }));
}

/** An entity with no state that emits one event per command and replies Empty. */
function eventEmitter(commandName: string, eventOf: (request?: Msg) => Msg): EventSourcedBehavior {
  return {
    snapshotEvery: 0,
    fromSnapshot: () => '',
    toSnapshot: () => anyOf(EMPTY_TYPE),
    applyEvent: (state) => state,
    handle(_state: string, command: Msg): EventSourcedOutcome | undefined {
      if (stringField(command, 'name') !== commandName) {
        return undefined;
      }

      const event = eventOf(messageField(command, 'payload'));
      return {
        kind: 'reply',
        clientAction: replyAction(anyOf(EMPTY_TYPE)),
        sideEffects: [],
        events: [event],
      };
    },
  };
}
