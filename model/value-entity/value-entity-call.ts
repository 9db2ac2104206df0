import type { Msg } from '../message';
import { messageField } from '../message';
import type { CallModel, CallOutput } from '../user-function';
import { output } from '../user-function';
import { failureAction } from '../shared/client-action';
import type { Int64 } from '../shared/fields';
import { int64Field, omitDefaults, stringField } from '../shared/fields';
import { completed, streamFailure } from '../shared/stream-failure';
import type { ValueEntityBehavior, ValueEntityOutcome } from './value-entity-behavior';

interface Live {
  behavior: ValueEntityBehavior;
  state: string;
}

/**
 * Opens one `ValueEntity.handle` stream: init picks the entity by service name, then each command
 * gets exactly one reply, in order. A failed command leaves the state as it was.
 */
export function openValueEntityCall(behaviors: Record<string, ValueEntityBehavior>): CallModel {
  let live: Live | undefined;
  let done = false;

  function receive(input: Msg): CallOutput {
    const init = messageField(input, 'init');
    const command = messageField(input, 'command');

    if (init && !live) {
      return start(init);
    }

    if (command && live) {
      return handle(live, command);
    }

    return fail(init ? 'Init sent twice' : 'Expected init first, then commands only');
  }

  function start(init: Msg): CallOutput {
    const serviceName = stringField(init, 'service_name');
    const behavior = behaviors[serviceName];
    if (!behavior) {
      return fail(`Unknown value entity service: ${serviceName}`);
    }

    live = { behavior, state: behavior.initialState(messageField(init, 'state')) };
    return output([]);
  }

  function handle(entity: Live, command: Msg): CallOutput {
    const commandId = int64Field(command, 'id');
    const outcome = entity.behavior.handle(entity.state, command);
    if (!outcome) {
      return fail(`Unknown command: ${stringField(command, 'name')}`, commandId);
    }

    if (outcome.kind === 'reply') {
      entity.state = outcome.state;
    }

    return output([{ reply: replyOf(commandId, outcome) }]);
  }

  function fail(description: string, commandId?: Int64): CallOutput {
    done = true;
    return streamFailure(description, commandId);
  }

  return {
    receive: (input) => (done ? completed() : receive(input)),
    end(): CallOutput {
      done = true;
      return completed();
    },
  };
}

/** A `ValueEntityReply`; a failure carries nothing but its client action. */
function replyOf(commandId: Int64, outcome: ValueEntityOutcome): Msg {
  if (outcome.kind === 'fail') {
    const clientAction = failureAction(commandId, outcome.description);
    return omitDefaults({ command_id: commandId, client_action: clientAction });
  }

  return omitDefaults({
    command_id: commandId,
    client_action: outcome.clientAction,
    side_effects: outcome.sideEffects,
    state_action: outcome.stateAction,
  });
}
