import type { Msg } from '../message';
import { listField, messageField } from '../message';
import { int64Field } from '../shared/fields';
import type { Finding } from './rule-table';
import { finding } from './rule-table';
import type { StreamState } from './stream-state';
import { idKey, takeId } from './stream-state';

/** Checks a `reply` from the user function and records that its command is answered. */
export function checkReply(state: StreamState, reply: Msg): Finding[] {
  const id = idKey(int64Field(reply, 'command_id'));
  const findings = [...checkAnswered(state, id), ...checkFailureId(reply, id)];

  if (messageField(messageField(reply, 'client_action'), 'failure')) {
    findings.push(...checkFailureBare(reply, id));
  }

  if (
    state.protocol === 'eventsourced' &&
    reply.snapshot &&
    listField(reply, 'events').length === 0
  ) {
    findings.push(finding('snapshot-needs-events', `Reply ${id} has a snapshot but no events`));
  }

  if (state.protocol === 'crdt' && reply.streamed === true) {
    state.streaming.add(id);
  }

  return findings;
}

/** Checks a stream-level `failure`: replies are no longer owed once the stream failed. */
export function checkStreamFailure(state: StreamState, failure: Msg): Finding[] {
  const commandId = int64Field(failure, 'command_id');
  state.failed = true;

  // A stream failure need not concern a command, so id 0 is allowed here.
  if (commandId === 0 || commandId === '0') {
    return [];
  }

  const id = idKey(commandId);
  takeId(state.pending, id);
  return knownCommand(state, id, 'A stream failure');
}

/** `Failure.command_id` inside a client action must be its container's command id. */
export function checkFailureId(container: Msg, id: string): Finding[] {
  const failure = messageField(messageField(container, 'client_action'), 'failure');
  const failureId = idKey(int64Field(failure, 'command_id'));

  if (!failure || failureId === id) {
    return [];
  }

  return [
    finding('failure-command-id', `Failure for command ${id} carries command id ${failureId}`),
  ];
}

export function knownCommand(state: StreamState, id: string, what: string): Finding[] {
  if (state.sent.has(id)) {
    return [];
  }

  return [finding('reply-known-command', `${what} carries command id ${id}, which was never sent`)];
}

function checkAnswered(state: StreamState, id: string): Finding[] {
  if (!state.sent.has(id)) {
    return knownCommand(state, id, 'A reply');
  }

  const ordered = state.protocol !== 'crdt';
  const next = state.pending[0];
  if (!takeId(state.pending, id)) {
    return [finding('one-reply-per-command', `A second reply for command ${id}`)];
  }

  if (ordered && next !== id) {
    return [finding('reply-order', `The reply to command ${id} comes before the one to ${next}`)];
  }

  return [];
}

function checkFailureBare(reply: Msg, id: string): Finding[] {
  const extras = ['events', 'side_effects'].filter((field) => listField(reply, field).length > 0);
  extras.push(...['snapshot', 'state_action'].filter((field) => reply[field] !== undefined));

  if (extras.length === 0) {
    return [];
  }

  return [finding('failure-reply-bare', `Failure reply ${id} also carries ${extras.join(', ')}`)];
}
