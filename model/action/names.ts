/** Full names of the action services and messages of the TCK models. */

const ACTION_PACKAGE = 'cloudstate.tck.model.action';
const EVENTING_PACKAGE = 'cloudstate.tck.model.eventlogeventing';

export const ACTION_TCK_MODEL = `${ACTION_PACKAGE}.ActionTckModel`;
export const ACTION_TWO = `${ACTION_PACKAGE}.ActionTwo`;
export const ACTION_RESPONSE_TYPE = `${ACTION_PACKAGE}.Response`;
export const OTHER_REQUEST_TYPE = `${ACTION_PACKAGE}.OtherRequest`;

export const EVENT_LOG_SUBSCRIBER = `${EVENTING_PACKAGE}.EventLogSubscriberModel`;
export const EVENTING_RESPONSE_TYPE = `${EVENTING_PACKAGE}.Response`;
export const EFFECT_REQUEST_TYPE = `${EVENTING_PACKAGE}.EffectRequest`;
