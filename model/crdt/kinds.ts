import type { Msg } from '../message';
import { isMsg, messageField } from '../message';
import type { CrdtKind } from './crdt';
import { CRDT_KINDS, memberName } from './crdt';
import { ProtocolError } from './protocol-error';

/** The CRDT type named by an entity id or ORMap key: the part before the first '-'. */
export function kindOfName(name: string): CrdtKind {
  const prefix = name.split('-')[0];
  const kind = CRDT_KINDS.find((candidate) => candidate === prefix);

  if (kind === undefined) {
    throw new ProtocolError(`Unknown CRDT type "${prefix}" in "${name}"`);
  }

  return kind;
}

/** Which CRDT member of a CrdtDelta, Update or State oneof is set, if any. */
export function setMember(msg: Msg): CrdtKind | undefined {
  return CRDT_KINDS.find((kind) => isMsg(msg[memberName(kind)]));
}

/**
 * The member for `kind`, or undefined when no member is set. A member of another kind is an
 * error, like the class cast the Java reference would hit.
 */
export function memberOf(msg: Msg, kind: CrdtKind, what: string): Msg | undefined {
  const set = setMember(msg);

  if (set === undefined) {
    return undefined;
  }

  const member = messageField(msg, memberName(kind));

  if (set !== kind || member === undefined) {
    throw new ProtocolError(`A ${set} ${what} cannot apply to a ${kind}`);
  }

  return member;
}

/** The member for `kind` of a CrdtDelta, which must be set. */
export function deltaFor(delta: Msg, kind: CrdtKind): Msg {
  const member = memberOf(delta, kind, 'delta');

  if (member === undefined) {
    throw new ProtocolError(`A CrdtDelta for a ${kind} holds no delta`);
  }

  return member;
}
