import type { Msg } from '../message';
import { messageField } from '../message';
import { messageList } from '../shared/fields';
import type { Crdt } from './crdt';
import { boolField, enumField, stringField } from './fields';
import { effectOnTwo, forwardToTwo } from './replies';
import type { WriteConsistency } from './state-action';
import { WRITE_CONSISTENCIES } from './state-action';

/** What the actions of one `Request` add up to, before anything is sent. */
export interface ActionsOutcome {
  /** The CRDT with every update applied and their net delta still pending. */
  crdt: Crdt;
  deleted: boolean;
  consistency: WriteConsistency;
  forward?: Msg;
  sideEffects: Msg[];

  /** Set by a fail action, which stops the command; nothing else of it takes effect. */
  failure?: string;
}

/** Runs the actions of a `Request` in order, as the reference's command handler does. */
export function runActions(crdt: Crdt, request: Msg): ActionsOutcome {
  let outcome: ActionsOutcome = { crdt, deleted: false, consistency: 'LOCAL', sideEffects: [] };

  for (const action of messageList(request, 'actions')) {
    outcome = runAction(outcome, action);

    if (outcome.failure !== undefined) {
      break;
    }
  }

  return outcome;
}

function runAction(outcome: ActionsOutcome, action: Msg): ActionsOutcome {
  const update = messageField(action, 'update');
  const forward = messageField(action, 'forward');
  const fail = messageField(action, 'fail');
  const effect = messageField(action, 'effect');

  if (update !== undefined) {
    // Every update sets the consistency (LOCAL is the proto default); unknown values do not.
    const consistency = enumField(update, 'write_consistency', WRITE_CONSISTENCIES);

    return {
      ...outcome,
      crdt: outcome.crdt.applyUpdate(update),
      consistency: consistency ?? outcome.consistency,
    };
  }

  if (messageField(action, 'delete') !== undefined) {
    return { ...outcome, deleted: true };
  }

  if (forward !== undefined) {
    return { ...outcome, forward: forwardToTwo(stringField(forward, 'id')) };
  }

  if (effect !== undefined) {
    const sideEffect = effectOnTwo(stringField(effect, 'id'), boolField(effect, 'synchronous'));

    return { ...outcome, sideEffects: [...outcome.sideEffects, sideEffect] };
  }

  return fail === undefined ? outcome : { ...outcome, failure: stringField(fail, 'message') };
}
