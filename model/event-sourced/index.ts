export type { EventSourcedBehavior, EventSourcedOutcome } from './event-sourced-behavior';
export { callOnlyEventSourced } from './call-only-entity';
export { openEventSourcedCall } from './event-sourced-call';
export {
  eventingEntities,
  eventSourcedBehaviors,
  eventSourcedModelEntities,
} from './event-sourced-entities';
export { TCK_MODEL_SNAPSHOT_EVERY, eventSourcedTckModel } from './event-sourced-tck-model';
export { eventSourcedEntityOne, eventSourcedEntityTwo } from './eventing-entities';
export { crossesSnapshotPoint } from './snapshot-rule';
export * from './names';
