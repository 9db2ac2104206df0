import type { Msg } from '../../model/message';

/** What one call to the library produced next, as the TCK observes it. */
export type CallEvent =
  | { kind: 'message'; message: Msg }
  | { kind: 'undecodable'; bytes: string; problem: string }
  | { kind: 'complete' }
  | { kind: 'error'; code: number; details: string }
  | { kind: 'timeout'; waitedMs: number };

/** One open call to the library: the TCK's side of a gRPC call, whatever its shape. */
export interface LibraryCall {
  send(message: Msg): void;

  /** Half-closes the TCK's side. */
  complete(): void;

  cancel(): void;

  /** Waits for the library's next message or for the end of the call. */
  next(timeoutMs: number): Promise<CallEvent>;
}
