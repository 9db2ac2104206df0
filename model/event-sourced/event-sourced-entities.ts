import type { Msg } from '../message';
import { CONFIGURED_TIMEOUT_MS, EVENT_SOURCED_PROTOCOL, entitySpec } from '../shared/entity-spec';
import { callOnlyEventSourced } from './call-only-entity';
import type { EventSourcedBehavior } from './event-sourced-behavior';
import { eventSourcedTckModel } from './event-sourced-tck-model';
import { eventSourcedEntityOne, eventSourcedEntityTwo } from './eventing-entities';
import {
  EVENT_SOURCED_CONFIGURED,
  EVENT_SOURCED_ENTITY_ONE,
  EVENT_SOURCED_ENTITY_TWO,
  EVENT_SOURCED_TCK_MODEL,
  EVENT_SOURCED_TWO,
} from './names';

/** Every event-sourced entity of the reference model, by full service name. */
export function eventSourcedBehaviors(): Record<string, EventSourcedBehavior> {
  return {
    [EVENT_SOURCED_TCK_MODEL]: eventSourcedTckModel(),
    [EVENT_SOURCED_TWO]: callOnlyEventSourced(),
    [EVENT_SOURCED_CONFIGURED]: callOnlyEventSourced(),
    [EVENT_SOURCED_ENTITY_ONE]: eventSourcedEntityOne(),
    [EVENT_SOURCED_ENTITY_TWO]: eventSourcedEntityTwo(),
  };
}

/** The `Entity` messages of the event-sourced TCK model entities, in spec order. */
export function eventSourcedModelEntities(): Msg[] {
  return [
    entitySpec(EVENT_SOURCED_PROTOCOL, EVENT_SOURCED_TCK_MODEL, 'event-sourced-tck-model'),
    // The TCK does not check this persistence id; the name follows the value entity's.
    entitySpec(EVENT_SOURCED_PROTOCOL, EVENT_SOURCED_TWO, 'event-sourced-tck-model-two'),
    entitySpec(
      EVENT_SOURCED_PROTOCOL,
      EVENT_SOURCED_CONFIGURED,
      'event-sourced-configured',
      CONFIGURED_TIMEOUT_MS,
    ),
  ];
}

/** The `Entity` messages of the eventing entities, whose event logs the subscriber reads. */
export function eventingEntities(): Msg[] {
  return [
    entitySpec(EVENT_SOURCED_PROTOCOL, EVENT_SOURCED_ENTITY_ONE, 'eventlogeventing-one'),
    entitySpec(EVENT_SOURCED_PROTOCOL, EVENT_SOURCED_ENTITY_TWO, 'eventlogeventing-two'),
  ];
}
