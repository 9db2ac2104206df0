import type { Msg } from '../message';
import { ACTION_PROTOCOL, entitySpec } from '../shared/entity-spec';
import type { ActionServices } from './action-method';
import { actionTckModel } from './action-tck-model';
import { actionTwo } from './action-two';
import { eventLogSubscriber } from './event-log-subscriber';
import { ACTION_TCK_MODEL, ACTION_TWO, EVENT_LOG_SUBSCRIBER } from './names';

/** Every action service of the reference model, by full service name. */
export function actionServices(): ActionServices {
  return {
    [ACTION_TCK_MODEL]: actionTckModel(),
    [ACTION_TWO]: actionTwo(),
    [EVENT_LOG_SUBSCRIBER]: eventLogSubscriber(),
  };
}

/** The `Entity` messages of ActionTckModel and ActionTwo. */
export function actionModelEntities(): Msg[] {
  return [entitySpec(ACTION_PROTOCOL, ACTION_TCK_MODEL), entitySpec(ACTION_PROTOCOL, ACTION_TWO)];
}

/** The `Entity` message of the eventing subscriber, EventLogSubscriberModel. */
export function eventLogSubscriberEntity(): Msg {
  return entitySpec(ACTION_PROTOCOL, EVENT_LOG_SUBSCRIBER);
}
