import type { Msg } from './message';

/**
 * What one protocol call of a user function does, written as a pure state machine: the TCK
 * drives it with the messages a proxy would send, and it answers with the messages a
 * conforming user function must send back.
 */
export interface CallModel {
  /** Handles one message from the proxy; returns the messages sent in answer, in order. */
  receive(input: Msg): CallOutput;

  /** The proxy half-closed its side: returns what is still owed before the output ends. */
  end(): CallOutput;
}

export interface CallOutput {
  messages: Msg[];

  /** The user function completes its output after these messages. */
  complete: boolean;
}

/** The four gRPC shapes of cloudstate.action.ActionProtocol. */
export type ActionShape = 'unary' | 'streamedIn' | 'streamedOut' | 'streamed';

/** The entity protocols, named after their gRPC services. */
export type EntityProtocol = 'eventsourced' | 'valueentity' | 'crdt';

/**
 * The reference user function: every TCK model service of Cloudstate 0.6.0.
 *
 * Messages going in are the protocol's `*StreamIn` (entities) or `ActionCommand` (actions), and
 * messages coming out are `*StreamOut` or `ActionResponse`, all in the message form.
 */
export interface UserFunctionModel {
  /** The `Entity` messages of the EntitySpec, in declaration order. */
  entities(): Msg[];

  /** Opens one entity stream (`handle`), fresh for each call. */
  openEntity(protocol: EntityProtocol): CallModel;

  /** Opens one action call of the given shape. */
  openAction(shape: ActionShape): CallModel;
}

export function output(messages: Msg[], complete = false): CallOutput {
  return { messages, complete };
}
