import type { Msg } from '../message';

export const ACTION_PROTOCOL = 'cloudstate.action.ActionProtocol';
export const VALUE_ENTITY_PROTOCOL = 'cloudstate.valueentity.ValueEntity';
export const EVENT_SOURCED_PROTOCOL = 'cloudstate.eventsourced.EventSourced';

/** The passivation timeout the TCK checks on the Configured entities, in milliseconds. */
export const CONFIGURED_TIMEOUT_MS = 100;

/** An `Entity` message of the EntitySpec. */
export function entitySpec(
  entityType: string,
  serviceName: string,
  persistenceId?: string,
  passivationTimeoutMs?: number,
): Msg {
  const entity: Msg = { entity_type: entityType, service_name: serviceName };

  if (persistenceId !== undefined) {
    entity.persistence_id = persistenceId;
  }

  if (passivationTimeoutMs !== undefined) {
    entity.passivation_strategy = { timeout: { timeout: passivationTimeoutMs } };
  }

  return entity;
}
