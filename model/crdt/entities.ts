import type { Msg } from '../message';
import { messageField } from '../message';
import { CONFIGURED_TIMEOUT_MS, entitySpec } from '../shared/entity-spec';
import { CallOnlyEntity } from './call-only-entity';
import type { EntityHandler } from './entity-handler';
import { stringField } from './fields';
import { CRDT_CONFIGURED, CRDT_PROTOCOL, CRDT_TCK_MODEL, CRDT_TWO } from './names';
import { ProtocolError } from './protocol-error';
import { CrdtTckModelEntity } from './tck-model-entity';

/** The `Entity` messages of the CRDT services, in declaration order. */
export function crdtEntities(): Msg[] {
  return [
    entitySpec(CRDT_PROTOCOL, CRDT_TCK_MODEL),
    entitySpec(CRDT_PROTOCOL, CRDT_TWO),
    entitySpec(CRDT_PROTOCOL, CRDT_CONFIGURED, undefined, CONFIGURED_TIMEOUT_MS),
  ];
}

/** The entity a `CrdtInit` asks for: its service name picks the model, its id the instance. */
export function openEntity(init: Msg): EntityHandler {
  const serviceName = stringField(init, 'service_name');

  switch (serviceName) {
    case CRDT_TCK_MODEL:
      return new CrdtTckModelEntity(stringField(init, 'entity_id'), messageField(init, 'delta'));
    case CRDT_TWO:
      return new CallOnlyEntity(serviceName, true);
    case CRDT_CONFIGURED:
      return new CallOnlyEntity(serviceName, false);
    default:
      throw new ProtocolError(`Unknown CRDT service: ${serviceName}`);
  }
}
