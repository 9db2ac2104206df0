import type * as protobuf from 'protobufjs';
import type { Msg } from '../../model/message';
import type { Direction } from '../../model/stream-rules';
import { decodeMessage } from '../codec/decode';
import { encodeMessage } from '../codec/encode';
import { TckError } from '../errors/tck-error';
import type { RelayMethod } from './relay-methods';

/** A delay holds the rest of its side of the call too, so it must stay short of test limits. */
export const MAX_FAULT_DELAY_MS = 10_000;

/**
 * The nth message (from 1) of the fault's direction on one call. `call` is the call id the
 * recording gives: 1 for the first call the interceptor received, discovery included.
 */
export interface NthMessage {
  call: number;
  nth: number;
}

/**
 * The first message of the fault's direction, on any call, for which `match` is true. Only
 * messages that decode as their method's type are offered to it.
 */
export interface MatchingMessage {
  match: (message: Msg) => boolean;
}

export type FaultAction =
  | { kind: 'drop' }
  | { kind: 'duplicate' }
  | { kind: 'delay'; ms: number }
  | { kind: 'alter'; alter: Alter };

type Alter = (message: Msg) => Msg;

/** One change to relayed traffic; each fault applies to one message at most. */
export interface Fault {
  /** 'in' = a message from the proxy to the library, 'out' = back. */
  direction: Direction;

  /** Limits the fault to calls of one method, e.g. '/cloudstate.crdt.Crdt/handle'. */
  path?: string;

  message: NthMessage | MatchingMessage;
  action: FaultAction;
}

/** What a fault did to one message, for the recording. */
export interface AppliedFault {
  /** The fault's place in the `faults` option. */
  fault: number;
  action: FaultAction['kind'];
  direction: Direction;

  /** The message's place among its call's messages of that direction, from 1. */
  nth: number;
  delayMs?: number;
  original: Buffer;

  /** The bytes relayed instead, when an alter succeeded. */
  altered?: Buffer;

  /** Why an alter could not be made; the original went on unchanged. */
  error?: string;
}

/** What the relay does with one message a fault hit. */
export interface FaultStep {
  /** The bytes to relay, in order: none when dropped, the same twice when duplicated. */
  sends: Buffer[];
  delayMs: number;
  applied: AppliedFault;
}

/** Looks at each message of one direction of a call; undefined means relay it as it came. */
export type MessageFaults = (bytes: Buffer) => FaultStep | undefined;

export type CallFaults = Partial<Record<Direction, MessageFaults>>;

interface Armed {
  index: number;
  fault: Fault;
  used: boolean;
}

/** The faults of one interceptor, and which of them are still to apply. */
export class FaultPlan {
  private readonly armed: Armed[];

  constructor(
    faults: readonly Fault[],
    private readonly root: protobuf.Root,
  ) {
    faults.forEach(check);
    this.armed = faults.map((fault, index) => ({ index, fault, used: false }));
  }

  /**
   * The faults that can still hit a call, per direction. A direction none can hit is left out,
   * so that its messages take the relay's plain path, never decoded on the way.
   */
  forCall(callId: number, method: RelayMethod): CallFaults {
    const fits = (armed: Armed, direction: Direction): boolean => {
      const { fault } = armed;
      const place = fault.message;

      return (
        !armed.used &&
        fault.direction === direction &&
        (fault.path === undefined || fault.path === method.path) &&
        ('match' in place || place.call === callId)
      );
    };
    const faults: CallFaults = {};

    for (const direction of ['in', 'out'] as const) {
      const candidates = this.armed.filter((armed) => fits(armed, direction));
      if (candidates.length > 0) {
        const type = direction === 'in' ? method.input : method.output;
        faults[direction] = this.messageFaults(candidates, type);
      }
    }

    return faults;
  }

  private messageFaults(candidates: Armed[], type: string): MessageFaults {
    let count = 0;

    return (bytes) => {
      count += 1;
      // Another call may have used a matching fault since this call opened.
      const left = candidates.filter((armed) => !armed.used);
      if (left.length === 0) {
        return undefined;
      }

      const decoded = lazyDecode(this.root, type, bytes);
      const hit = left.find(({ fault: { message } }) =>
        'match' in message ? matches(message, decoded()) : message.nth === count,
      );
      if (hit === undefined) {
        return undefined;
      }

      hit.used = true;
      return step(hit, count, bytes, (alter) => encodeAltered(this.root, type, alter, decoded()));
    };
  }
}

function step(
  armed: Armed,
  nth: number,
  bytes: Buffer,
  encode: (alter: Alter) => Buffer,
): FaultStep {
  const { action, direction } = armed.fault;
  const applied: AppliedFault = {
    fault: armed.index,
    action: action.kind,
    direction,
    nth,
    original: bytes,
  };

  switch (action.kind) {
    case 'drop':
      return { sends: [], delayMs: 0, applied };
    case 'duplicate':
      return { sends: [bytes, bytes], delayMs: 0, applied };
    case 'delay':
      return { sends: [bytes], delayMs: action.ms, applied: { ...applied, delayMs: action.ms } };
    case 'alter':
      try {
        const altered = encode(action.alter);
        return { sends: [altered], delayMs: 0, applied: { ...applied, altered } };
      } catch (cause) {
        // A fault that cannot be made must not break the call it was meant to test.
        return { sends: [bytes], delayMs: 0, applied: { ...applied, error: String(cause) } };
      }
  }
}

function encodeAltered(root: protobuf.Root, type: string, alter: Alter, message?: Msg): Buffer {
  if (message === undefined) {
    throw new Error(`The message does not decode as ${type}`);
  }

  return Buffer.from(encodeMessage(root, type, alter(message)));
}

/** Decodes at most once, and only when a fault needs the message. */
function lazyDecode(root: protobuf.Root, type: string, bytes: Buffer): () => Msg | undefined {
  let done = false;
  let message: Msg | undefined;

  return () => {
    if (!done) {
      done = true;
      try {
        message = decodeMessage(root, type, bytes);
      } catch {
        message = undefined;
      }
    }

    return message;
  };
}

function matches(place: MatchingMessage, message: Msg | undefined): boolean {
  if (message === undefined) {
    return false;
  }

  try {
    return place.match(message);
  } catch {
    // A predicate that throws on a message it did not expect just does not match it.
    return false;
  }
}

function check(fault: Fault, index: number): void {
  const { message, action } = fault;
  const whole = (n: number): boolean => Number.isInteger(n) && n >= 1;
  const wrong = (what: string): TckError => new TckError('TCK_USAGE', `Fault ${index}: ${what}.`);

  if (fault.direction !== 'in' && fault.direction !== 'out') {
    throw wrong(`direction must be 'in' or 'out', not ${String(fault.direction)}`);
  }

  if (!('match' in message) && !(whole(message.call) && whole(message.nth))) {
    throw wrong('call and nth count from 1');
  }

  if (action.kind === 'delay' && !(action.ms >= 0 && action.ms <= MAX_FAULT_DELAY_MS)) {
    throw wrong(`a delay lasts 0 to ${MAX_FAULT_DELAY_MS} ms, not ${action.ms}`);
  }
}
