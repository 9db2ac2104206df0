import type { Msg } from '../message';
import { messageField } from '../message';
import type { CallModel, CallOutput } from '../user-function';
import { output } from '../user-function';
import { failureAction } from '../shared/client-action';
import type { Int64 } from '../shared/fields';
import { int64Field, int64Number, omitDefaults, stringField } from '../shared/fields';
import { completed, streamFailure } from '../shared/stream-failure';
import type { EventSourcedBehavior, EventSourcedOutcome } from './event-sourced-behavior';
import { crossesSnapshotPoint } from './snapshot-rule';

interface Live {
  behavior: EventSourcedBehavior;
  state: string;
  /** The sequence number of the last event applied: snapshot, replayed or emitted. */
  sequence: number;
}

/**
 * Opens one `EventSourced.handle` stream: init (maybe with a snapshot), replayed events, then
 * commands, each answered by one reply in order. A failed command is rolled back: its events are
 * dropped and the state and sequence stay as they were, so restart is never requested.
 */
export function openEventSourcedCall(behaviors: Record<string, EventSourcedBehavior>): CallModel {
  let live: Live | undefined;
  let done = false;

  function receive(input: Msg): CallOutput {
    const init = messageField(input, 'init');
    if (init) {
      return live ? fail('Init sent twice') : start(init);
    }

    const event = messageField(input, 'event');
    const command = messageField(input, 'command');
    if (live && event) {
      replay(live, event);
      return output([]);
    }

    if (live && command) {
      return handle(live, command);
    }

    return fail('Expected init first, then events and commands only');
  }

  function start(init: Msg): CallOutput {
    const serviceName = stringField(init, 'service_name');
    const behavior = behaviors[serviceName];
    if (!behavior) {
      return fail(`Unknown event-sourced service: ${serviceName}`);
    }

    const snapshot = messageField(init, 'snapshot');
    const stored = messageField(snapshot, 'snapshot');
    live = {
      behavior,
      state: stored ? behavior.fromSnapshot(stored) : '',
      sequence: int64Number(int64Field(snapshot, 'snapshot_sequence')),
    };
    return output([]);
  }

  function handle(entity: Live, command: Msg): CallOutput {
    const commandId = int64Field(command, 'id');
    const outcome = entity.behavior.handle(entity.state, command);
    if (!outcome) {
      return fail(`Unknown command: ${stringField(command, 'name')}`, commandId);
    }

    const reply =
      outcome.kind === 'fail'
        ? failureReply(commandId, outcome.description)
        : applyReply(entity, commandId, outcome);
    return output([{ reply }]);
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

function replay(entity: Live, event: Msg): void {
  const payload = messageField(event, 'payload');
  if (payload) {
    entity.state = entity.behavior.applyEvent(entity.state, payload);
  }

  entity.sequence = int64Number(int64Field(event, 'sequence'));
}

/** Rolled back: only the failure goes out, and the state and sequence stay as they were. */
function failureReply(commandId: Int64, description: string): Msg {
  const clientAction = failureAction(commandId, description);

  return omitDefaults({ command_id: commandId, client_action: clientAction });
}

/** Applies a command's events to the entity and builds its reply, with a snapshot when due. */
function applyReply(
  entity: Live,
  commandId: Int64,
  outcome: Extract<EventSourcedOutcome, { kind: 'reply' }>,
): Msg {
  const { behavior, sequence } = entity;
  const { events } = outcome;
  entity.state = events.reduce((state, event) => behavior.applyEvent(state, event), entity.state);
  entity.sequence = sequence + events.length;

  const snapshotDue = crossesSnapshotPoint(sequence, events.length, behavior.snapshotEvery);
  return omitDefaults({
    command_id: commandId,
    client_action: outcome.clientAction,
    side_effects: outcome.sideEffects,
    events,
    snapshot: snapshotDue ? behavior.toSnapshot(entity.state) : undefined,
  });
}
