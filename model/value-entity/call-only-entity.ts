import { anyOf } from '../message';
import { replyAction } from '../shared/client-action';
import { stringField } from '../shared/fields';
import { RESPONSE_TYPE } from './names';
import type { ValueEntityBehavior } from './value-entity-behavior';

/** `ValueEntityTwo` and `ValueEntityConfigured`: `Call` replies `Response{}` and keeps no state. */
export function callOnlyValueEntity(): ValueEntityBehavior {
  return {
    initialState: () => '',
    handle(state, command) {
      if (stringField(command, 'name') !== 'Call') {
        return undefined;
      }

      const clientAction = replyAction(anyOf(RESPONSE_TYPE));
      return { kind: 'reply', state, clientAction, sideEffects: [] };
    },
  };
}
