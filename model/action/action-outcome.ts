import type { Msg } from '../message';

/**
 * What handling one group (or a fold of groups) decided: the response oneof of the
 * ActionResponse (`{reply}`, `{forward}` or `{failure}`, absent for no reply) and its side effects.
 */
export interface ActionOutcome {
  action?: Msg;
  sideEffects: Msg[];
}

export function noReply(): ActionOutcome {
  return { sideEffects: [] };
}

export function toActionResponse(outcome: ActionOutcome): Msg {
  const response: Msg = { ...outcome.action };

  if (outcome.sideEffects.length > 0) {
    response.side_effects = outcome.sideEffects;
  }

  return response;
}

/**
 * Folds the outcomes of several groups into one response (streamed-in). A group without a reply
 * only adds its effects; one with a reply replaces the response. Effects are kept in arrival
 * order, where the Java reference would put a replacing group's own effects first (spec §6.17,
 * never tested).
 */
export function foldOutcomes(outcomes: ActionOutcome[]): ActionOutcome {
  return outcomes.reduce<ActionOutcome>(
    (folded, next) => ({
      action: next.action ?? folded.action,
      sideEffects: [...folded.sideEffects, ...next.sideEffects],
    }),
    noReply(),
  );
}
