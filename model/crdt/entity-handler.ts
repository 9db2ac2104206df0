import type { Msg } from '../message';

/**
 * One live CRDT entity on its stream, after init. Each method takes the body of one
 * `CrdtStreamIn` member and gives the `CrdtStreamOut` messages sent in answer, in order.
 */
export interface EntityHandler {
  command(command: Msg): Msg[];
  delta(delta: Msg): Msg[];
  delete(): Msg[];
  streamCancelled(cancelled: Msg): Msg[];
}
