import type { Msg } from '../message';

/** What a value entity decided for one command. */
export type ValueEntityOutcome =
  | {
      kind: 'reply';
      state: string;
      clientAction: Msg;
      sideEffects: Msg[];
      /** `{update: {value}}` or `{delete: {}}`, absent when the state was not touched. */
      stateAction?: Msg;
    }
  | { kind: 'fail'; description: string };

/**
 * One value entity implementation. The state is a plain string for every TCK model entity, which
 * keeps the call machinery free of generics.
 */
export interface ValueEntityBehavior {
  /** The state to start from, given the init's `state` (`ValueEntityInitState`) if any. */
  initialState(initState: Msg | undefined): string;

  /** Handles one command, or returns undefined when its name is unknown. */
  handle(state: string, command: Msg): ValueEntityOutcome | undefined;
}
