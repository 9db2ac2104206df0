import type { Msg } from '../../model/message';
import type { Direction } from '../../model/stream-rules';
import type { FaultAction } from './faults';

/** What every entry says: which call, which method, and when, in ms since the recording began. */
interface EntryBase {
  index: number;
  callId: number;
  path: string;
  atMs: number;
}

/**
 * One relayed message. `in` went from the proxy to the library, `out` back. The message is
 * decoded for reading only: the bytes relayed were the bytes received.
 */
export interface MessageEntry extends EntryBase {
  kind: 'message';
  direction: Direction;
  size: number;
  message?: Msg;

  /** Why the bytes did not decode as the method's message type. */
  undecodable?: string;

  /** The index of the fault entry that made or changed this message: it was injected. */
  fault?: number;
}

/**
 * A fault hook applied to one message, recorded where the message arrived. What was relayed
 * instead follows as message entries that point back here; a dropped message has none.
 */
export interface FaultEntry extends EntryBase {
  kind: 'fault';

  /** The fault's place in the interceptor's `faults` option. */
  fault: number;
  action: FaultAction['kind'];
  direction: Direction;

  /** The message's place among its call's messages of that direction, from 1. */
  nth: number;
  delayMs?: number;

  /** The message as it arrived, decoded; `undecodable` says why not, when it did not decode. */
  original?: Msg;
  undecodable?: string;

  /** The message relayed instead, as its re-encoded bytes decode. */
  altered?: Msg;

  /** Why the alter could not be made; the message then went on as it came. */
  error?: string;
}

export interface CallEventEntry extends EntryBase {
  /** open: the proxy started the call; half-close: it ended its input; cancel: it cancelled. */
  kind: 'open' | 'half-close' | 'cancel';
}

export interface StatusEntry extends EntryBase {
  kind: 'status';
  code: number;
  details: string;
}

export type RecordEntry = MessageEntry | CallEventEntry | StatusEntry | FaultEntry;

type NewEntry =
  | Omit<MessageEntry, keyof EntryBase>
  | Omit<CallEventEntry, keyof EntryBase>
  | Omit<FaultEntry, keyof EntryBase>;
type NewStatus = Omit<StatusEntry, keyof EntryBase>;

/** Everything the interceptor saw, in the order it saw it, across all calls. */
export class Recording {
  readonly startedAt = new Date().toISOString();
  private readonly origin = performance.now();
  private readonly list: RecordEntry[] = [];

  get entries(): readonly RecordEntry[] {
    return this.list;
  }

  /** The faults applied so far, in order. */
  faults(): FaultEntry[] {
    return this.list.filter((entry): entry is FaultEntry => entry.kind === 'fault');
  }

  /** The entries of one call, in order. */
  call(callId: number): RecordEntry[] {
    return this.list.filter((entry) => entry.callId === callId);
  }

  /** The messages of one call, or of every call. */
  messages(callId?: number): MessageEntry[] {
    return this.list.filter(
      (entry): entry is MessageEntry =>
        entry.kind === 'message' && (callId === undefined || entry.callId === callId),
    );
  }

  /** Adds an entry; `at` is a performance.now() reading taken when the event arrived. */
  add(callId: number, path: string, at: number, entry: NewEntry | NewStatus): RecordEntry {
    const base: EntryBase = { index: this.list.length, callId, path, atMs: at - this.origin };
    const added: RecordEntry = { ...base, ...entry };

    this.list.push(added);
    return added;
  }
}
