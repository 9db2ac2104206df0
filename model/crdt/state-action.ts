import type { Msg } from '../message';
import type { Crdt } from './crdt';
import { enumEntry } from './entries';

export const WRITE_CONSISTENCIES = ['LOCAL', 'MAJORITY', 'ALL'] as const;

export type WriteConsistency = (typeof WRITE_CONSISTENCIES)[number];

/** The CRDT once its pending delta has been taken, and the state action that carries it. */
export interface TakenDelta {
  crdt: Crdt;
  stateAction?: Msg;
}

/**
 * Turns what a command did into its `CrdtStateAction`: a delete wins over any change (and the
 * change is dropped with it), otherwise the pending delta goes out as an update, if there is one.
 */
export function takeStateAction(
  crdt: Crdt,
  deleted: boolean,
  consistency: WriteConsistency = 'LOCAL',
): TakenDelta {
  const consistencyEntry = enumEntry('write_consistency', consistency, 'LOCAL');

  if (deleted) {
    return { crdt: crdt.resetDelta(), stateAction: { delete: {}, ...consistencyEntry } };
  }

  if (!crdt.hasDelta()) {
    return { crdt };
  }

  return { crdt: crdt.resetDelta(), stateAction: { update: crdt.delta(), ...consistencyEntry } };
}
