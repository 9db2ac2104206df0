import type { Msg } from '../message';
import { messageField } from '../message';
import { checkCancelResponse, checkStreamedMessage } from './crdt-stream-checks';
import { checkReply, checkStreamFailure } from './reply-checks';
import type { Finding } from './rule-table';
import { finding } from './rule-table';
import type { StreamState } from './stream-state';
import { messageKind } from './stream-state';

const OUT_KINDS = ['reply', 'failure', 'streamed_message', 'stream_cancelled_response'] as const;

/** Checks one message from the user function and records what later checks need. */
export function checkUserFunctionMessage(state: StreamState, msg: Msg): Finding[] {
  const kind = messageKind(msg, OUT_KINDS) ?? 'an empty message';
  const findings: Finding[] = [];

  if (state.halfClosed) {
    const message = `The user function sent ${kind} after the proxy half-closed`;
    findings.push(finding('nothing-after-half-close', message));
  }

  const body = messageField(msg, kind) ?? {};
  switch (kind) {
    case 'reply':
      return [...findings, ...checkReply(state, body)];
    case 'failure':
      return [...findings, ...checkStreamFailure(state, body)];
    case 'streamed_message':
      return [...findings, ...checkStreamedMessage(state, body)];
    case 'stream_cancelled_response':
      return [...findings, ...checkCancelResponse(state, body)];
    default:
      return findings;
  }
}
