import type { CallModel } from '../user-function';
import { CrdtCall } from './crdt-call';

/** Opens one `cloudstate.crdt.Crdt/handle` stream, with fresh entity state. */
export function openCrdtCall(): CallModel {
  return new CrdtCall();
}

export { crdtEntities } from './entities';
