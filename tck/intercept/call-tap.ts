import * as grpc from '@grpc/grpc-js';
import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import { createStreamRuleChecker } from '../../model/stream-rules';
import type { Direction, RuleViolation, StreamRuleChecker } from '../../model/stream-rules';
import { decodeMessage } from '../codec/decode';
import type { DebugLog } from '../log/debug-log';
import type { AppliedFault } from './faults';
import type { Recording } from './recording';
import type { RelayMethod } from './relay-methods';
import type { InterceptViolation } from './violations';

/** What the relay tells about one call; `at` is a performance.now() reading at arrival. */
export interface CallTap {
  /** `applied`: the fault that made or changed this message, already told with fault(). */
  message(direction: Direction, bytes: Buffer, at: number, applied?: AppliedFault): void;
  fault(applied: AppliedFault, at: number): void;
  halfClose(at: number): void;
  cancel(at: number): void;
  status(status: grpc.StatusObject, at: number): void;
}

export interface TapContext {
  root: protobuf.Root;
  recording: Recording;
  violations: InterceptViolation[];
  implementation: string;
  log: DebugLog | undefined;
}

/**
 * Records one call and checks its messages against the stream rules of its protocol. Both
 * sides are judged: the interceptor stands between a proxy and a library, either may be the
 * implementation under test.
 */
export function callTap(context: TapContext, method: RelayMethod, callId: number): CallTap {
  const { root, recording, violations, log } = context;
  const { path } = method;
  const rules: StreamRuleChecker | undefined =
    method.protocol === undefined ? undefined : createStreamRuleChecker(method.protocol);
  const tag = { implementation: context.implementation, call: `${callId} ${path}` };
  const faultEntries = new Map<AppliedFault, number>();

  function decode(direction: Direction, bytes: Buffer): { message?: Msg; undecodable?: string } {
    const type = direction === 'in' ? method.input : method.output;

    try {
      return { message: decodeMessage(root, type, bytes) };
    } catch (cause) {
      return { undecodable: String(cause) };
    }
  }

  function keep(
    found: RuleViolation[],
    entryIndex: number,
    direction: Direction,
    msg?: Msg,
    fault?: number,
  ) {
    for (const violation of found) {
      const { ruleId, message: text } = violation;
      const at = { callId, path, entryIndex, direction };
      violations.push({ ruleId, text, ...at, message: msg, ...present({ fault }) });
      log?.(tag, 'Violation of %s at entry %d: %s', ruleId, entryIndex, text);
    }
  }

  recording.add(callId, path, performance.now(), { kind: 'open' });
  log?.(tag, 'Open');

  return {
    message(direction, bytes, at, applied) {
      const { message, undecodable } = decode(direction, bytes);
      const fault = applied === undefined ? undefined : faultEntries.get(applied);

      const entry = recording.add(callId, path, at, {
        kind: 'message',
        direction,
        size: bytes.length,
        ...(message === undefined ? { undecodable } : { message }),
        ...(fault === undefined ? {} : { fault }),
      });
      log?.(tag, '%s %d bytes %j', direction, bytes.length, message ?? undecodable);

      // An undecodable message breaks no stream rule; the recording says why it did not decode.
      if (rules !== undefined && message !== undefined) {
        keep(rules.feed(direction, message), entry.index, direction, message, fault);
      }
    },
    fault(applied, at) {
      const { fault, action, direction, nth, delayMs, error } = applied;
      const original = decode(direction, applied.original);
      const altered = applied.altered && decode(direction, applied.altered).message;
      const entry = recording.add(callId, path, at, {
        kind: 'fault',
        fault,
        action,
        direction,
        nth,
        ...present({
          delayMs,
          original: original.message,
          undecodable: original.undecodable,
          altered,
          error,
        }),
      });

      faultEntries.set(applied, entry.index);
      log?.(tag, 'Fault %d: %s %s message %d', fault, action, direction, nth);
    },
    halfClose(at) {
      // Known shortcoming: the order seen here is the interceptor's, not the library's. A reply
      // the library sent before the proxy's half-close reached it can arrive after it, and the
      // rule nothing-after-half-close then blames the library for it.
      recording.add(callId, path, at, { kind: 'half-close' });
      log?.(tag, 'Half-close from the proxy');
      rules?.halfClose();
    },
    cancel(at) {
      recording.add(callId, path, at, { kind: 'cancel' });
      log?.(tag, 'Cancelled by the proxy');
    },
    status(status, at) {
      const { code, details } = status;
      const entry = recording.add(callId, path, at, { kind: 'status', code, details });
      log?.(tag, 'Status %d %s', code, details);

      // Only a stream that ended well owes every reply: after an error or a cancel it may not.
      if (rules !== undefined && code === grpc.status.OK) {
        keep(rules.finish(), entry.index, 'out');
      }
    },
  };
}

/** Leaves out the keys whose value is undefined, as the recording's entries do. */
function present<T extends object>(fields: T): Partial<T> {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);

  return Object.fromEntries(entries) as Partial<T>;
}
