export type { ValueEntityBehavior, ValueEntityOutcome } from './value-entity-behavior';
export { callOnlyValueEntity } from './call-only-entity';
export { openValueEntityCall } from './value-entity-call';
export { valueEntities, valueEntityBehaviors } from './value-entities';
export { valueEntityTckModel } from './value-entity-tck-model';
export * from './names';
