import {
  actionModelEntities,
  actionServices,
  eventLogSubscriberEntity,
  openActionCall,
} from './action';
import { crdtEntities, openCrdtCall } from './crdt';
import {
  eventingEntities,
  eventSourcedBehaviors,
  eventSourcedModelEntities,
  openEventSourcedCall,
} from './event-sourced';
import type { Msg } from './message';
import type { ActionShape, CallModel, EntityProtocol, UserFunctionModel } from './user-function';
import { openValueEntityCall, valueEntities, valueEntityBehaviors } from './value-entity';

/**
 * The reference user function: every TCK model service of Cloudstate 0.6.0, as pure state
 * machines. Each opened call gets fresh entity state, as a new gRPC stream would.
 */
export function createReferenceModel(): UserFunctionModel {
  return {
    entities: referenceEntities,
    openEntity,
    openAction: (shape: ActionShape): CallModel => openActionCall(actionServices(), shape),
  };
}

/** Discovery order: the models by protocol, then CRDT, then the eventing services. */
function referenceEntities(): Msg[] {
  return [
    ...actionModelEntities(),
    ...valueEntities(),
    ...eventSourcedModelEntities(),
    ...crdtEntities(),
    eventLogSubscriberEntity(),
    ...eventingEntities(),
  ];
}

function openEntity(protocol: EntityProtocol): CallModel {
  switch (protocol) {
    case 'valueentity':
      return openValueEntityCall(valueEntityBehaviors());
    case 'eventsourced':
      return openEventSourcedCall(eventSourcedBehaviors());
    case 'crdt':
      return openCrdtCall();
  }
}
