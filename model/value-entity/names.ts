/** Full names of the value entity services and messages of the TCK model. */

const PACKAGE = 'cloudstate.tck.model.valueentity';

export const VALUE_ENTITY_TCK_MODEL = `${PACKAGE}.ValueEntityTckModel`;
export const VALUE_ENTITY_TWO = `${PACKAGE}.ValueEntityTwo`;
export const VALUE_ENTITY_CONFIGURED = `${PACKAGE}.ValueEntityConfigured`;

export const REQUEST_TYPE = `${PACKAGE}.Request`;
export const RESPONSE_TYPE = `${PACKAGE}.Response`;
export const PERSISTED_TYPE = `${PACKAGE}.Persisted`;
