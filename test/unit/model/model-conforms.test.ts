import fc from 'fast-check';
import { eventSourcedBehaviors, openEventSourcedCall } from '../../../model/event-sourced';
import type { Msg } from '../../../model/message';
import { anyOf } from '../../../model/message';
import { createStreamRuleChecker } from '../../../model/stream-rules';
import type { CallModel, EntityProtocol } from '../../../model/user-function';
import { openValueEntityCall, valueEntityBehaviors } from '../../../model/value-entity';

// Random TCK requests of either entity model, fed through the stream rule checker.

const esAction = fc.oneof(
  fc.record({ emit: fc.record({ value: fc.constantFrom('A', 'B') }) }),
  fc.record({ forward: fc.record({ id: fc.constant('x') }) }),
  fc.record({ effect: fc.record({ id: fc.constant('x'), synchronous: fc.boolean() }) }),
  fc.record({ fail: fc.record({ message: fc.constant('no') }) }),
);

const veAction = fc.oneof(
  fc.record({ update: fc.record({ value: fc.constantFrom('A', 'B') }) }),
  fc.constant({ delete: {} }),
  fc.record({ forward: fc.record({ id: fc.constant('x') }) }),
  fc.record({ effect: fc.record({ id: fc.constant('x'), synchronous: fc.boolean() }) }),
  fc.record({ fail: fc.record({ message: fc.constant('no') }) }),
);

interface Subject {
  protocol: EntityProtocol;
  call: CallModel;
  init: Msg;
  /** The proto package of the model's Request. */
  modelPackage: string;
}

function conforms({ protocol, call, init, modelPackage }: Subject, requests: Msg[][]): void {
  const checker = createStreamRuleChecker(protocol);
  const send = (message: Msg): void => {
    checker.feed('in', message);
    call.receive(message).messages.forEach((reply) => checker.feed('out', reply));
  };

  send({ init });
  requests.forEach((actions, i) => {
    const payload = anyOf(`${modelPackage}.Request`, { id: 'e', actions });
    send({ command: { entity_id: 'e', id: i + 1, name: 'Process', payload } });
  });
  checker.halfClose();
  call.end().messages.forEach((reply) => checker.feed('out', reply));
  checker.finish();

  expect(checker.violations()).toEqual([]);
}

describe('the reference entity models keep the stream rules', () => {
  it('event sourced', () => {
    fc.assert(
      fc.property(fc.array(fc.array(esAction, { maxLength: 6 }), { maxLength: 10 }), (requests) => {
        const subject = {
          protocol: 'eventsourced' as const,
          call: openEventSourcedCall(eventSourcedBehaviors()),
          init: { service_name: 'cloudstate.tck.model.EventSourcedTckModel', entity_id: 'e' },
          modelPackage: 'cloudstate.tck.model',
        };
        conforms(subject, requests);
      }),
    );
  });

  it('value entity', () => {
    fc.assert(
      fc.property(fc.array(fc.array(veAction, { maxLength: 6 }), { maxLength: 10 }), (requests) => {
        const modelPackage = 'cloudstate.tck.model.valueentity';
        const subject = {
          protocol: 'valueentity' as const,
          call: openValueEntityCall(valueEntityBehaviors()),
          init: { service_name: `${modelPackage}.ValueEntityTckModel`, entity_id: 'e', state: {} },
          modelPackage,
        };
        conforms(subject, requests);
      }),
    );
  });
});
