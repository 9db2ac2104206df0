import type { Msg } from '../message';
import { int64Field } from '../shared/fields';
import { checkFailureId, knownCommand } from './reply-checks';
import type { Finding } from './rule-table';
import { finding } from './rule-table';
import type { StreamState } from './stream-state';
import { idKey, takeId } from './stream-state';

/** Checks a `streamed_message`, which ends its stream when it sets `end_stream`. */
export function checkStreamedMessage(state: StreamState, streamed: Msg): Finding[] {
  const id = idKey(int64Field(streamed, 'command_id'));
  const known = knownCommand(state, id, 'A streamed message');
  if (known.length > 0) {
    return known;
  }

  const findings = checkFailureId(streamed, id);
  if (!state.streaming.has(id)) {
    const message = `Streamed message for command ${id}, whose stream is not open`;
    findings.push(finding('streamed-needs-accept', message));
  }

  if (streamed.end_stream === true) {
    state.streaming.delete(id);
  }

  return findings;
}

/** Checks a `stream_cancelled_response`, which also ends that command's stream. */
export function checkCancelResponse(state: StreamState, response: Msg): Finding[] {
  const id = idKey(int64Field(response, 'command_id'));
  const known = knownCommand(state, id, 'A stream cancelled response');
  if (known.length > 0) {
    return known;
  }

  state.streaming.delete(id);
  if (takeId(state.cancelled, id)) {
    return [];
  }

  const message = `Stream cancelled response for command ${id} without a stream_cancelled`;
  return [finding('cancel-response-needs-cancel', message)];
}
