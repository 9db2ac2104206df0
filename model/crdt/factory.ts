import type { Msg } from '../message';
import type { Crdt, CrdtFactory, CrdtKind } from './crdt';
import { Flag } from './flag';
import { GCounter } from './gcounter';
import { GSet } from './gset';
import { kindOfName, setMember } from './kinds';
import { LWWRegister } from './lwwregister';
import { ORMap } from './ormap';
import { ORSet } from './orset';
import { PNCounter } from './pncounter';
import { ProtocolError } from './protocol-error';
import { Vote } from './vote';

/** A new CRDT of the given type, as the reference creates it (LWWRegister with a pending ""). */
export function emptyCrdt(kind: CrdtKind): Crdt {
  switch (kind) {
    case 'GCounter':
      return GCounter.empty();
    case 'PNCounter':
      return PNCounter.empty();
    case 'GSet':
      return GSet.empty();
    case 'ORSet':
      return ORSet.empty();
    case 'LWWRegister':
      return LWWRegister.empty();
    case 'Flag':
      return Flag.empty();
    case 'ORMap':
      return ORMap.empty(crdtFactory);
    case 'Vote':
      return Vote.empty();
  }
}

/** The CRDT named by an entity id or ORMap key ("PNCounter-1" holds a PNCounter). */
export function crdtForName(name: string): Crdt {
  return emptyCrdt(kindOfName(name));
}

/** A CRDT rebuilt from a whole-value delta; its type comes from the delta, not from a name. */
export function crdtFromDelta(delta: Msg): Crdt {
  const kind = setMember(delta);

  if (kind === undefined) {
    throw new ProtocolError('A CrdtDelta must hold the delta of one CRDT type');
  }

  return emptyCrdt(kind).applyDelta(delta).resetDelta();
}

export const crdtFactory: CrdtFactory = { empty: emptyCrdt, fromDelta: crdtFromDelta };
