import { anyOf } from '../message';
import { replyAction } from '../shared/client-action';
import { stringField } from '../shared/fields';
import type { EventSourcedBehavior } from './event-sourced-behavior';
import { RESPONSE_TYPE } from './names';

/** `EventSourcedTwo` and `EventSourcedConfigured`: `Call` replies `Response{}`, emits nothing. */
export function callOnlyEventSourced(): EventSourcedBehavior {
  return {
    snapshotEvery: 0,
    fromSnapshot: () => '',
    toSnapshot: () => anyOf(RESPONSE_TYPE),
    applyEvent: (state) => state,
    handle(_state, command) {
      if (stringField(command, 'name') !== 'Call') {
        return undefined;
      }

      const clientAction = replyAction(anyOf(RESPONSE_TYPE));
      return { kind: 'reply', clientAction, sideEffects: [], events: [] };
    },
  };
}
