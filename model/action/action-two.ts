import { anyOf } from '../message';
import { replyAction } from '../shared/client-action';
import type { ActionService } from './action-method';
import { ACTION_RESPONSE_TYPE } from './names';

/** `ActionTwo`: `Call` replies an empty `Response`, an Any whose value is empty. */
export function actionTwo(): ActionService {
  return {
    Call: { shape: 'unary', handle: () => replyAction(anyOf(ACTION_RESPONSE_TYPE)) },
  };
}
