import type { Msg } from '../message';
import { anyOf, messageField } from '../message';
import { failureAction, forwardAction, replyAction, sideEffect } from '../shared/client-action';
import { boolField, messageList, omitDefaults, stringField } from '../shared/fields';
import type { ActionOutcome } from './action-outcome';
import { noReply } from './action-outcome';
import { ACTION_RESPONSE_TYPE, ACTION_TWO, OTHER_REQUEST_TYPE } from './names';

/** The outcomes of every group of an ActionTckModel `Request`, in order. */
export function requestOutcomes(request: Msg | undefined): ActionOutcome[] {
  return messageList(request, 'groups').map(processGroup);
}

/** Handles the steps of one `ProcessGroup` in order; the last reply, forward or fail wins. */
export function processGroup(group: Msg): ActionOutcome {
  return messageList(group, 'steps').reduce(applyStep, noReply());
}

function applyStep(outcome: ActionOutcome, step: Msg): ActionOutcome {
  const reply = messageField(step, 'reply');
  if (reply) {
    const payload = anyOf(
      ACTION_RESPONSE_TYPE,
      omitDefaults({ message: stringField(reply, 'message') }),
    );
    return { ...outcome, action: replyAction(payload) };
  }

  const forward = messageField(step, 'forward');
  if (forward) {
    return { ...outcome, action: forwardAction(ACTION_TWO, 'Call', otherRequest(forward)) };
  }

  // Failures keep their side effects, unlike the entities; actions have no command id.
  const fail = messageField(step, 'fail');
  if (fail) {
    return { ...outcome, action: failureAction(0, stringField(fail, 'message')) };
  }

  const effect = messageField(step, 'effect');
  if (effect) {
    const call = sideEffect(
      ACTION_TWO,
      'Call',
      otherRequest(effect),
      boolField(effect, 'synchronous'),
    );
    return { ...outcome, sideEffects: [...outcome.sideEffects, call] };
  }

  return outcome;
}

function otherRequest(step: Msg): Msg {
  return anyOf(OTHER_REQUEST_TYPE, omitDefaults({ id: stringField(step, 'id') }));
}
