/** Full names of the event-sourced services and messages of the TCK models. */

const PACKAGE = 'cloudstate.tck.model';
const EVENTING_PACKAGE = 'cloudstate.tck.model.eventlogeventing';

export const EVENT_SOURCED_TCK_MODEL = `${PACKAGE}.EventSourcedTckModel`;
export const EVENT_SOURCED_TWO = `${PACKAGE}.EventSourcedTwo`;
export const EVENT_SOURCED_CONFIGURED = `${PACKAGE}.EventSourcedConfigured`;

export const REQUEST_TYPE = `${PACKAGE}.Request`;
export const RESPONSE_TYPE = `${PACKAGE}.Response`;
export const PERSISTED_TYPE = `${PACKAGE}.Persisted`;

export const EVENT_SOURCED_ENTITY_ONE = `${EVENTING_PACKAGE}.EventSourcedEntityOne`;
export const EVENT_SOURCED_ENTITY_TWO = `${EVENTING_PACKAGE}.EventSourcedEntityTwo`;
export const EVENT_ONE_TYPE = `${EVENTING_PACKAGE}.EventOne`;
export const EVENT_TWO_TYPE = `${EVENTING_PACKAGE}.EventTwo`;
export const EMPTY_TYPE = 'google.protobuf.Empty';

/** The type URL of the JSON events of EventSourcedEntityTwo; the TCK checks only the prefix. */
export const JSON_MESSAGE_TYPE_URL = 'json.cloudstate.io/JsonMessage';
