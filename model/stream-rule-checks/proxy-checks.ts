import type { Msg } from '../message';
import { messageField } from '../message';
import { int64Field, int64Number, stringField } from '../shared/fields';
import type { Finding } from './rule-table';
import { finding } from './rule-table';
import type { StreamState } from './stream-state';
import { idKey, messageKind } from './stream-state';

const IN_KINDS = ['init', 'event', 'command', 'delta', 'delete', 'stream_cancelled'] as const;

/** Checks one message from the proxy and records what later checks need. */
export function checkProxyMessage(state: StreamState, msg: Msg): Finding[] {
  const findings: Finding[] = [];
  const kind = messageKind(msg, IN_KINDS) ?? 'an empty message';

  if (state.halfClosed) {
    findings.push(finding('nothing-after-half-close', `The proxy sent ${kind} after half-closing`));
  }

  if (state.inCount === 0 && kind !== 'init') {
    findings.push(finding('init-first', `The first message from the proxy is ${kind}, not init`));
  }

  state.inCount += 1;
  const init = messageField(msg, 'init');
  const command = messageField(msg, 'command');
  const event = messageField(msg, 'event');
  const cancelled = messageField(msg, 'stream_cancelled');

  if (init) {
    findings.push(...recordInit(state, init));
  } else if (command) {
    findings.push(...recordCommand(state, command));
  } else if (event) {
    findings.push(...recordEvent(state, event));
  } else if (cancelled) {
    state.cancelled.push(idKey(int64Field(cancelled, 'id')));
  }

  return findings;
}

function recordInit(state: StreamState, init: Msg): Finding[] {
  if (state.init) {
    return [finding('init-once', 'The proxy sent init a second time')];
  }

  state.init = init;
  const snapshot = messageField(init, 'snapshot');
  state.lastEventSequence = int64Number(int64Field(snapshot, 'snapshot_sequence'));
  return [];
}

function recordCommand(state: StreamState, command: Msg): Finding[] {
  const findings: Finding[] = [];
  const id = int64Field(command, 'id');
  const expected = state.lastCommandId + 1;

  if (int64Number(id) !== expected) {
    findings.push(finding('command-id-sequence', `Command id ${id} where ${expected} was due`));
  }

  const entityId = stringField(command, 'entity_id');
  const initEntityId = stringField(state.init, 'entity_id');
  if (state.init && entityId !== initEntityId) {
    const message = `Command ${id} is for entity "${entityId}", the init for "${initEntityId}"`;
    findings.push(finding('command-entity-id', message));
  }

  state.commandSeen = true;
  state.lastCommandId = int64Number(id);
  state.sent.add(idKey(id));
  state.pending.push(idKey(id));
  return findings;
}

function recordEvent(state: StreamState, event: Msg): Finding[] {
  const findings: Finding[] = [];
  const sequence = int64Number(int64Field(event, 'sequence'));

  if (state.commandSeen) {
    findings.push(finding('replay-order', `Event ${sequence} replayed after a command`));
  }

  if (sequence <= state.lastEventSequence) {
    const message = `Event sequence ${sequence} does not follow ${state.lastEventSequence}`;
    findings.push(finding('replay-order', message));
  }

  state.lastEventSequence = sequence;
  return findings;
}
