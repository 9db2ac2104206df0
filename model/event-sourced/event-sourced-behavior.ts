import type { Msg } from '../message';

/** What an event-sourced entity decided for one command. */
export type EventSourcedOutcome =
  | { kind: 'reply'; clientAction: Msg; sideEffects: Msg[]; events: Msg[] }
  | { kind: 'fail'; description: string };

/**
 * One event-sourced entity implementation. The state is a plain string for every TCK model
 * entity; the call applies the emitted events to it, so handlers only describe them.
 */
export interface EventSourcedBehavior {
  /** Snapshot after every this many events; 0 means the entity never snapshots. */
  snapshotEvery: number;

  /** The state an init snapshot (an Any) restores. */
  fromSnapshot(snapshot: Msg): string;

  /** The snapshot (an Any) that stores a state. */
  toSnapshot(state: string): Msg;

  applyEvent(state: string, event: Msg): string;

  /** Handles one command, or returns undefined when its name is unknown. */
  handle(state: string, command: Msg): EventSourcedOutcome | undefined;
}
