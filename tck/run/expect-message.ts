import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { decodeMessage } from '../codec/decode';
import { encodeMessage } from '../codec/encode';
import type { CallEvent } from '../drive/call-event';
import { differences } from '../verify/differences';
import { sortReplyDelta } from '../verify/sort-crdt-delta';
import type { CaseFailure } from './case-result';

export interface ExpectOptions {
  type: string;
  sortDelta: boolean;
  partial: boolean;
}

/** Compares what arrived with what the fixture expects; undefined when they agree. */
export function checkMessage(
  root: protobuf.Root,
  expectedForm: Msg,
  event: CallEvent,
  options: ExpectOptions,
): Omit<CaseFailure, 'step' | 'stepText'> | undefined {
  const canonical = decodeMessage(
    root,
    options.type,
    encodeMessage(root, options.type, expectedForm),
  );
  const expected = options.sortDelta ? sortReplyDelta(canonical) : canonical;

  if (event.kind !== 'message') {
    return { reason: `expected a message, but ${describeEvent(event)}`, expected };
  }

  const received = options.sortDelta ? sortReplyDelta(event.message) : event.message;
  const paths = differences(expected, received, options.partial);
  if (paths.length === 0) {
    return undefined;
  }

  return {
    reason: `the message differs from the expected one at ${paths.join(', ')}`,
    expected,
    received,
    differingFields: paths,
  };
}

/** One phrase for anything other than the expected message. */
export function describeEvent(event: CallEvent): string {
  switch (event.kind) {
    case 'message':
      return 'the library sent another message';
    case 'undecodable':
      return `the library sent bytes that do not decode (${event.problem}): ${event.bytes}`;
    case 'complete':
      return 'the library completed the call';
    case 'error':
      return `the call failed with gRPC status ${event.code}: ${event.details}`;
    case 'timeout':
      return `nothing arrived within ${event.waitedMs} ms`;
  }
}
