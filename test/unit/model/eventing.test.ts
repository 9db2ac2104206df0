import { actionServices, openActionCall } from '../../../model/action';
import { eventSourcedBehaviors, openEventSourcedCall } from '../../../model/event-sourced';
import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';

const PACKAGE = 'cloudstate.tck.model.eventlogeventing';
const SUBSCRIBER = `${PACKAGE}.EventLogSubscriberModel`;
const EMPTY = anyOf('google.protobuf.Empty');

/** An action command as the proxy sends it for a consumed event, CloudEvent metadata included. */
function consumed(name: string, payload: Msg, subject: string): Msg {
  const entries = [
    { key: 'ce-source', string_value: 'eventlogeventing-one' },
    { key: 'ce-subject', string_value: subject },
    { key: 'ce-specversion', string_value: '1.0' },
  ];
  return { service_name: SUBSCRIBER, name, payload, metadata: { entries } };
}

const response = (id: string, message: string): Msg => ({
  reply: { payload: anyOf(`${PACKAGE}.Response`, { id, message }) },
});

function unary(command: Msg): Msg[] {
  const output = openActionCall(actionServices(), 'unary').receive(command);
  expect(output.complete).toBe(true);
  return output.messages;
}

describe('EventLogSubscriberModel (spec §2.5, §4.10)', () => {
  it('replies to a consumed EventOne with the subject as id', () => {
    const event = anyOf(`${PACKAGE}.EventOne`, { step: { reply: { message: 'some message' } } });

    expect(unary(consumed('ProcessEventOne', event, 'eventlogeventing:1'))).toEqual([
      response('eventlogeventing:1', 'some message'),
    ]);
  });

  it('forwards a consumed EventOne to Effect', () => {
    const event = anyOf(`${PACKAGE}.EventOne`, { step: { forward: { message: 'some message' } } });

    expect(unary(consumed('ProcessEventOne', event, 'eventlogeventing:2'))).toEqual([
      {
        forward: {
          service_name: SUBSCRIBER,
          command_name: 'Effect',
          payload: anyOf(`${PACKAGE}.EffectRequest`, {
            id: 'eventlogeventing:2',
            message: 'some message',
          }),
        },
      },
    ]);
  });

  it('answers Effect with its request', () => {
    const payload = anyOf(`${PACKAGE}.EffectRequest`, { id: 'x', message: 'm' });

    expect(unary({ service_name: SUBSCRIBER, name: 'Effect', payload })).toEqual([
      response('x', 'm'),
    ]);
  });

  it('streams one response per step of an EventTwo', () => {
    const steps = [{ reply: { message: 'a' } }, { reply: { message: 'b' } }];
    const command = consumed('ProcessEventTwo', anyOf(`${PACKAGE}.EventTwo`, { step: steps }), 's');
    const output = openActionCall(actionServices(), 'streamedOut').receive(command);

    expect(output).toEqual({ messages: [response('s', 'a'), response('s', 'b')], complete: true });
  });

  it('reads the message of a JSON event', () => {
    const json = {
      '@type': 'json.cloudstate.io/JsonMessage',
      '@json': JSON.stringify({ message: 'some json message' }),
    };

    expect(unary(consumed('ProcessAnyEvent', json, 'eventlogeventing:3'))).toEqual([
      response('eventlogeventing:3', 'some json message'),
    ]);
  });
});

describe('eventing entities', () => {
  function emitted(service: string, name: string, payload: Msg): Msg[] {
    const call = openEventSourcedCall(eventSourcedBehaviors());
    call.receive({
      init: { service_name: `${PACKAGE}.${service}`, entity_id: 'eventlogeventing:1' },
    });
    return call.receive({ command: { entity_id: 'eventlogeventing:1', id: 1, name, payload } })
      .messages;
  }

  it('EventSourcedEntityOne emits the EventOne and replies Empty', () => {
    const eventOne = { step: { reply: { message: 'some message' } } };
    const request = anyOf(`${PACKAGE}.EmitEventRequest`, {
      id: 'eventlogeventing:1',
      event_one: eventOne,
    });

    expect(emitted('EventSourcedEntityOne', 'EmitEvent', request)).toEqual([
      {
        reply: {
          command_id: 1,
          client_action: { reply: { payload: EMPTY } },
          events: [anyOf(`${PACKAGE}.EventOne`, eventOne)],
        },
      },
    ]);
  });

  it('EventSourcedEntityOne emits an EventTwo when that is what the request holds', () => {
    const eventTwo = { step: [{ forward: { message: 'm' } }] };
    const request = anyOf(`${PACKAGE}.EmitEventRequest`, { id: 'x', event_two: eventTwo });

    expect(emitted('EventSourcedEntityOne', 'EmitEvent', request)).toEqual([
      expect.objectContaining({
        reply: expect.objectContaining({ events: [anyOf(`${PACKAGE}.EventTwo`, eventTwo)] }),
      }),
    ]);
  });

  it('EventSourcedEntityTwo emits one JSON event and replies Empty', () => {
    const request = anyOf(`${PACKAGE}.JsonEvent`, { id: 'x', message: 'some json message' });

    expect(emitted('EventSourcedEntityTwo', 'EmitJsonEvent', request)).toEqual([
      {
        reply: {
          command_id: 1,
          client_action: { reply: { payload: EMPTY } },
          events: [
            {
              '@type': 'json.cloudstate.io/JsonMessage',
              '@json': '{"message":"some json message"}',
            },
          ],
        },
      },
    ]);
  });
});
