import type { Msg } from '../message';

export const CRDT_KINDS = [
  'GCounter',
  'PNCounter',
  'GSet',
  'ORSet',
  'LWWRegister',
  'Flag',
  'ORMap',
  'Vote',
] as const;

export type CrdtKind = (typeof CRDT_KINDS)[number];

/**
 * One CRDT value as the TCK model holds it, together with the delta that the current command has
 * produced so far. Values are immutable: every operation returns a new value.
 *
 * Deltas and updates travel in the message form, wrapped in their oneof: `delta` and
 * `applyDelta` use `cloudstate.crdt.CrdtDelta`, `applyUpdate` the TCK model's `Update`, and
 * `state` gives the TCK model's `State`.
 */
export interface Crdt {
  readonly kind: CrdtKind;

  /** Folds in a delta replicated by the proxy (from init or a delta message). */
  applyDelta(delta: Msg): Crdt;

  /** Applies one local operation; an Update with no member set changes nothing. */
  applyUpdate(update: Msg): Crdt;

  /** Whether local operations since the last reset changed anything. */
  hasDelta(): boolean;

  /** The net delta of the local operations since the last reset, even when it is empty. */
  delta(): Msg;

  /** Forgets the pending delta once it has gone out with a reply. */
  resetDelta(): Crdt;

  /** The value shown in a Response. */
  state(): Msg;

  /** The whole value written as a delta, the way a proxy sends it in init (state-based view). */
  fullDelta(): Msg;
}

/** Makes nested CRDTs for an ORMap without the map having to know every type. */
export interface CrdtFactory {
  empty(kind: CrdtKind): Crdt;
  fromDelta(delta: Msg): Crdt;
}

/** The field that holds a kind in the CrdtDelta, Update and State oneofs. */
export function memberName(kind: CrdtKind): string {
  return kind.toLowerCase();
}
