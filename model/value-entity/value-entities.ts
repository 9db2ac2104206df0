import type { Msg } from '../message';
import { CONFIGURED_TIMEOUT_MS, VALUE_ENTITY_PROTOCOL, entitySpec } from '../shared/entity-spec';
import { callOnlyValueEntity } from './call-only-entity';
import { VALUE_ENTITY_CONFIGURED, VALUE_ENTITY_TCK_MODEL, VALUE_ENTITY_TWO } from './names';
import type { ValueEntityBehavior } from './value-entity-behavior';
import { valueEntityTckModel } from './value-entity-tck-model';

/** Every value entity of the reference model, by full service name. */
export function valueEntityBehaviors(): Record<string, ValueEntityBehavior> {
  return {
    [VALUE_ENTITY_TCK_MODEL]: valueEntityTckModel(),
    [VALUE_ENTITY_TWO]: callOnlyValueEntity(),
    [VALUE_ENTITY_CONFIGURED]: callOnlyValueEntity(),
  };
}

/** The `Entity` messages of the value entities, in spec order. */
export function valueEntities(): Msg[] {
  return [
    entitySpec(VALUE_ENTITY_PROTOCOL, VALUE_ENTITY_TCK_MODEL, 'value-entity-tck-model'),
    entitySpec(VALUE_ENTITY_PROTOCOL, VALUE_ENTITY_TWO, 'value-entity-tck-model-two'),
    entitySpec(
      VALUE_ENTITY_PROTOCOL,
      VALUE_ENTITY_CONFIGURED,
      'value-entity-configured',
      CONFIGURED_TIMEOUT_MS,
    ),
  ];
}
