import { anyOf } from '../../../model/message';
import { crdtEntities } from '../../../model/crdt';
import { createReferenceModel } from '../../../model/reference';

const VE = 'cloudstate.valueentity.ValueEntity';
const ES = 'cloudstate.eventsourced.EventSourced';
const ACTION = 'cloudstate.action.ActionProtocol';

describe('createReferenceModel', () => {
  const model = createReferenceModel();

  it('lists the entities in discovery order, CRDT ones in the middle', () => {
    const entities = model.entities();
    const crdtCount = crdtEntities().length;

    expect(entities.slice(0, 8)).toEqual([
      { entity_type: ACTION, service_name: 'cloudstate.tck.model.action.ActionTckModel' },
      { entity_type: ACTION, service_name: 'cloudstate.tck.model.action.ActionTwo' },
      {
        entity_type: VE,
        service_name: 'cloudstate.tck.model.valueentity.ValueEntityTckModel',
        persistence_id: 'value-entity-tck-model',
      },
      {
        entity_type: VE,
        service_name: 'cloudstate.tck.model.valueentity.ValueEntityTwo',
        persistence_id: 'value-entity-tck-model-two',
      },
      {
        entity_type: VE,
        service_name: 'cloudstate.tck.model.valueentity.ValueEntityConfigured',
        persistence_id: 'value-entity-configured',
        passivation_strategy: { timeout: { timeout: 100 } },
      },
      {
        entity_type: ES,
        service_name: 'cloudstate.tck.model.EventSourcedTckModel',
        persistence_id: 'event-sourced-tck-model',
      },
      expect.objectContaining({
        entity_type: ES,
        service_name: 'cloudstate.tck.model.EventSourcedTwo',
      }),
      {
        entity_type: ES,
        service_name: 'cloudstate.tck.model.EventSourcedConfigured',
        persistence_id: 'event-sourced-configured',
        passivation_strategy: { timeout: { timeout: 100 } },
      },
    ]);
    expect(entities.slice(8, 8 + crdtCount)).toEqual(crdtEntities());
    expect(entities.slice(8 + crdtCount)).toEqual([
      {
        entity_type: ACTION,
        service_name: 'cloudstate.tck.model.eventlogeventing.EventLogSubscriberModel',
      },
      {
        entity_type: ES,
        service_name: 'cloudstate.tck.model.eventlogeventing.EventSourcedEntityOne',
        persistence_id: 'eventlogeventing-one',
      },
      {
        entity_type: ES,
        service_name: 'cloudstate.tck.model.eventlogeventing.EventSourcedEntityTwo',
        persistence_id: 'eventlogeventing-two',
      },
    ]);
  });

  it('opens a fresh entity state for every stream', () => {
    const payload = anyOf('cloudstate.tck.model.Request', {
      id: 'x',
      actions: [{ emit: { value: 'A' } }],
    });
    const replies = [1, 2].map(() => {
      const call = model.openEntity('eventsourced');
      call.receive({
        init: { service_name: 'cloudstate.tck.model.EventSourcedTckModel', entity_id: 'x' },
      });
      return call.receive({ command: { entity_id: 'x', id: 1, name: 'Process', payload } })
        .messages;
    });

    expect(replies[1]).toEqual(replies[0]);
  });

  it('routes actions and the CRDT protocol', () => {
    const command = {
      service_name: 'cloudstate.tck.model.action.ActionTwo',
      name: 'Call',
      payload: anyOf('cloudstate.tck.model.action.OtherRequest', { id: 'x' }),
    };

    expect(model.openAction('unary').receive(command).complete).toBe(true);
    expect(model.openEntity('crdt')).toBeDefined();
  });
});
